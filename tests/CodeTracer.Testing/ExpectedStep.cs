using System.Text.Json;

namespace CodeTracer.Testing;

/// <summary>One line of an expected step listing.</summary>
public sealed record ExpectedStep(int Step, string Anchor, string Tool, string Action, bool HasObservation, bool? IsError)
{
    public static IReadOnlyList<ExpectedStep> ReadAll(string file) =>
        [.. File.ReadLines(file).Where(l => l.Length > 0).Select(Parse)];

    private static ExpectedStep Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var e = doc.RootElement;
        var isError = e.GetProperty("is_error");
        return new ExpectedStep(
            e.GetProperty("step").GetInt32(),
            e.GetProperty("anchor").GetString()!,
            e.GetProperty("tool").GetString()!,
            e.GetProperty("action").GetString()!,
            e.GetProperty("has_observation").GetBoolean(),
            isError.ValueKind == JsonValueKind.Null ? null : isError.GetBoolean());
    }
}
