using System.Text.Json;
using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Localize.Evaluation;

/// <summary>Reads failure labels, one JSON object per line, as the labels README describes them.</summary>
public static class LabelReader
{
    public static IReadOnlyList<FailureLabel> ReadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(Read)];

    public static IEnumerable<FailureLabel> Read(string file) =>
        File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => Parse(l) with { Source = System.IO.Path.GetFileNameWithoutExtension(file) });

    public static FailureLabel Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var e = doc.RootElement;
        var onset = e.GetProperty("onset");
        return new FailureLabel(
            e.GetProperty("path").GetString()!,
            e.GetProperty("step_count").GetInt32(),
            onset.ValueKind == JsonValueKind.Object ? RefOf(onset) : null,
            Steps(e, "incorrect"),
            Steps(e, "unuseful"),
            e.TryGetProperty("error_type", out var t) ? t.GetString() ?? "" : "",
            e.TryGetProperty("confidence", out var c) ? c.GetString() ?? "" : "");
    }

    private static StepRef RefOf(JsonElement e) => new(e.GetProperty("step").GetInt32(), e.GetProperty("anchor").GetString() ?? "");

    private static int[] Steps(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(s => s.GetProperty("step").GetInt32())]
            : [];
}
