using System.Net.Http.Json;
using System.Text.Json;

namespace CodeTracer.Ingest.Tests.Support;

/// <summary>Reads answers as raw JSON, so the tests check the names on the wire (snake_case) and not a C# mapping.</summary>
public static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();

    public static string? Str(this JsonElement element, string name) => element.GetProperty(name).GetString();

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
