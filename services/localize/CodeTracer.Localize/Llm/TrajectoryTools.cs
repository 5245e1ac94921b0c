using System.ComponentModel;
using System.Globalization;
using System.Text;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using Microsoft.SemanticKernel;

namespace CodeTracer.Localize.Llm;

/// <summary>
/// The only functions the model can call: reads over the in-memory run and tree, nothing that writes, runs or
/// fetches. Every result is run text, so it goes back fenced as data. get_step records the ids it showed: the
/// answer may label a step incorrect only after the model has read it.
/// </summary>
public sealed class TrajectoryTools(Run run, TraceTree tree, DataFence fence, int maxChars)
{
    public const string PluginName = "trajectory";
    private const int MaxMatches = 20;
    private const int SnippetChars = 120;

    private readonly HashSet<int> _inspected = [];

    public IReadOnlyCollection<int> Inspected => _inspected;

    [KernelFunction("get_step"), Description("One step: tool, kind (explore or change), stage, action, observation (cut), error flags and the files it changed.")]
    public string GetStep([Description("The step id (1-based).")] int id)
    {
        if (run.Steps.FirstOrDefault(s => s.Id == id) is not { } step)
        {
            return NoStep(id);
        }

        _inspected.Add(id);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"step {id} | tool {step.Tool} | {KindOf(id)} | stage {tree.StageOf(id)?.Id.ToString(CultureInfo.InvariantCulture) ?? "none"}")
            .AppendLine($"error: {(step.IsError == true ? "yes" : "no")}{(step.ExitCode is { } code ? $", exit code {code}" : "")}")
            .AppendLine($"files changed: {FilesOf(id)}")
            .AppendLine("action:").AppendLine(Cut(step.Action))
            .AppendLine("observation:").Append(step.HasObservation ? Cut(step.Observation ?? "") : "(none recorded)");
        return fence.Wrap(text.ToString());
    }

    [KernelFunction("search_steps"), Description("Steps whose action or observation contains the text (case-insensitive): ids with one matching line each.")]
    public string SearchSteps([Description("Plain text to look for, not a pattern.")] string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return "error: the query is empty";
        }

        var lines = run.Steps
            .Select(s => (s.Id, Line: MatchLine(s.Action, query) ?? MatchLine(s.Observation, query)))
            .Where(m => m.Line is not null)
            .Take(MaxMatches + 1)
            .Select(m => $"{m.Id}: {m.Line}")
            .ToList();
        var more = lines.Count > MaxMatches ? $"\n(more than {MaxMatches} matches; narrow the query)" : "";
        return lines.Count == 0 ? $"no step contains \"{query}\"" : fence.Wrap(string.Join('\n', lines.Take(MaxMatches)) + more);
    }

    [KernelFunction("get_stage"), Description("One stage of the trace tree: phase, step range, intent, outcome and its state segments with their steps.")]
    public string GetStage([Description("The stage id (1-based).")] int id)
    {
        if (tree.Stages.FirstOrDefault(s => s.Id == id) is not { } stage)
        {
            return $"error: no stage {id}; stages are 1 to {tree.Stages.Count}";
        }

        var text = new StringBuilder($"stage {id} | {stage.Phase} | steps {stage.FirstStep}-{stage.LastStep}\nintent: {stage.Intent}\noutcome: {stage.Outcome}");
        foreach (var state in stage.States)
        {
            var steps = state.Steps.SelectMany(n => n.Parallel.Prepend(n)).Select(n => $"{n.StepId}{(n.Kind == StepKind.Change ? "c" : "e")}");
            text.Append($"\nstate {state.Index} steps {state.FirstStep}-{state.LastStep}: {string.Join(' ', steps)}");
        }

        return fence.Wrap(text.ToString());
    }

    [KernelFunction("get_file_history"), Description("Every step that created, modified or deleted a file, in order.")]
    public string GetFileHistory([Description("The file path, absolute or relative.")] string path)
    {
        var touches = tree.TouchesOf(path);
        return touches.Count == 0
            ? $"no step changed {path}"
            : fence.Wrap(string.Join('\n', touches.Select(t => $"step {t.StepId} {t.Kind.ToString().ToLowerInvariant()} {t.Path} (stage {tree.StageOf(t.StepId)?.Id})")));
    }

    private string NoStep(int id) => $"error: no step {id}; steps are {run.Steps.FirstOrDefault()?.Id ?? 0} to {run.Steps.LastOrDefault()?.Id ?? 0}";

    private string FilesOf(int id)
    {
        var files = tree.FileChanges.Where(c => c.StepId == id).Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Path}").ToList();
        return files.Count == 0 ? "none" : string.Join(", ", files);
    }

    private string KindOf(int id) => tree.Kinds.TryGetValue(id, out var kind) ? kind.ToString().ToLowerInvariant() : "unknown";

    private string Cut(string text) => text.Length <= maxChars ? text : $"{text[..maxChars]}… [{text.Length - maxChars} more characters]";

    private static string? MatchLine(string? text, string query)
    {
        var at = text?.IndexOf(query, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (at < 0)
        {
            return null;
        }

        var start = text!.LastIndexOf('\n', at) + 1;
        var end = text.IndexOf('\n', at);
        var line = text[start..(end < 0 ? text.Length : end)].Trim();
        return line.Length <= SnippetChars ? line : line[..SnippetChars] + "…";
    }
}
