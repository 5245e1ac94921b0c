using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeTracer.Storage.Sqlite;

/// <summary>How JSON columns are written: enums by name so a reordered enum cannot change stored meaning.</summary>
internal static class SqliteJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} is null.");
}
