using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeTracer.Storage.Sqlite;

/// <summary>How JSON columns are written: enums by name so a reordered enum cannot change stored meaning.</summary>
internal static class SqliteJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // A trace tree nests one level per state change (two JSON levels: node and children), so the default of
        // 64 failed to store the tree of any run with more than ~32 changes, e.g. a 176-step mini-SWE-agent run.
        MaxDepth = MaxDepth,
    };

    /// <summary>As deep as System.Text.Json's writer allows by default: 500 nested tree levels.</summary>
    public const int MaxDepth = 1000;

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} is null.");
}
