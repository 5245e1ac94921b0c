using System.Text.Json;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Tree.Stages;

namespace CodeTracer.Localize.Evaluation;

/// <summary>
/// Reads a CodeTraceBench-style manifest: JSONL rows with <c>traj_id</c>, <c>path</c> (the run, relative to the
/// corpus), <c>stages</c> (<c>{stage_id, name, start_step_id, end_step_id}</c> or <c>{stage_id, name, step_ids}</c>)
/// and <c>incorrect_stages</c> (<c>{stage_id, incorrect_step_ids, unuseful_step_ids}</c>). The error chain is every
/// incorrect step of every stage; the onset is its earliest step, since the benchmark names no onset of its own.
/// </summary>
public static class ManifestReader
{
    public static IReadOnlyList<ManifestEntry> Read(string file) =>
        [.. File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => Parse(l, Path.GetFileNameWithoutExtension(file)))];

    public static ManifestEntry Parse(string line, string source)
    {
        using var doc = JsonDocument.Parse(line);
        var e = doc.RootElement;
        var incorrect = new SortedSet<int>();
        var unuseful = new SortedSet<int>();
        foreach (var stage in Array(e, "incorrect_stages"))
        {
            incorrect.UnionWith(Ints(stage, "incorrect_step_ids"));
            unuseful.UnionWith(Ints(stage, "unuseful_step_ids"));
        }

        var stages = Array(e, "stages").Select(StageOf).OfType<SuppliedStage>().ToList();
        var path = e.GetProperty("path").GetString()!;
        var steps = stages.Count == 0 ? 0 : stages.Max(s => s.LastStep);
        var label = new FailureLabel(path, steps, incorrect.Count == 0 ? null : new StepRef(incorrect.Min, ""), [.. incorrect], [.. unuseful], "", "")
        {
            Source = e.TryGetProperty("traj_id", out var id) && id.ValueKind == JsonValueKind.String ? source + ":" + id.GetString() : source,
        };
        return new ManifestEntry(label, stages);
    }

    private static SuppliedStage? StageOf(JsonElement stage)
    {
        var name = stage.TryGetProperty("name", out var n) ? n.GetString() ?? "" : stage.TryGetProperty("phase", out var p) ? p.GetString() ?? "" : "";
        var ids = Ints(stage, "step_ids").ToList();
        if (stage.TryGetProperty("start_step_id", out var first) && stage.TryGetProperty("end_step_id", out var last))
        {
            return new SuppliedStage(SuppliedStage.PhaseOf(name), first.GetInt32(), last.GetInt32(), name.Length > 0 ? name : null);
        }

        return ids.Count == 0 ? null : new SuppliedStage(SuppliedStage.PhaseOf(name), ids.Min(), ids.Max(), name.Length > 0 ? name : null);
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];

    private static IEnumerable<int> Ints(JsonElement e, string name) => Array(e, name).Select(i => i.GetInt32());
}
