using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CodeTracer.EndToEnd.Tests.Support;

/// <summary>The ingest API's JSON conventions (snake_case names and enums), to compare its answers with in-process values.</summary>
public static class ApiJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static JsonNode Of<T>(T value) => JsonSerializer.SerializeToNode(value, Options)!;

    /// <summary>
    /// Asserts structural equality of two diagnoses and shows both documents when they differ. How long the
    /// localizer took (cost.duration) is the one field that cannot be the same in two processes; it is left out.
    /// </summary>
    public static void Equal(JsonNode expected, JsonNode actual)
    {
        expected = WithoutDuration(expected);
        actual = WithoutDuration(actual);
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
        }
    }

    private static JsonNode WithoutDuration(JsonNode node)
    {
        var copy = node.DeepClone();
        (copy["cost"] as JsonObject)?.Remove("duration");
        return copy;
    }
}
