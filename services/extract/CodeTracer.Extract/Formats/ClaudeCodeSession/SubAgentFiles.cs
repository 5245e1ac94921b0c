using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.ClaudeCodeSession;

/// <summary>
/// Nests the sub-agent files <c>&lt;session&gt;/subagents/agent-&lt;id&gt;.jsonl</c> under the step that launched them: the
/// step whose result names <c>agentId</c>, else the Task call whose prompt is the sub-agent's first prompt.
/// </summary>
internal static class SubAgentFiles
{
    public static IReadOnlyList<string> Of(string sessionFile)
    {
        var folder = Path.Combine(Path.GetDirectoryName(sessionFile) ?? "", Path.GetFileNameWithoutExtension(sessionFile), "subagents");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "agent-*.jsonl").Order(StringComparer.Ordinal)]
            : [];
    }

    public static (IReadOnlyList<Step> Steps, List<SourceFile> Sources, List<ExtractionDiagnostic> Diagnostics) Nest(
        IReadOnlyList<Step> steps, SessionFacts main, string sessionFile, CancellationToken cancellationToken)
    {
        var nested = steps.ToDictionary(s => s.Id, s => s.SubSteps.ToList());
        var sources = new List<SourceFile>();
        var diagnostics = new List<ExtractionDiagnostic>();
        foreach (var file in Of(sessionFile))
        {
            if (ArtifactProbe.Problem(file) is { } problem)
            {
                diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, null, $"sub-agent file not read: {problem}"));
                continue;
            }

            sources.Add(FileHash.Describe(file));
            var (transcript, facts) = SessionFile.Read(file, sidechain: true, cancellationToken);
            var run = transcript.ToRun(file, "", [], RunOutcome.Unknown, facts.Task, null);
            diagnostics.AddRange(run.Diagnostics);
            var agentId = Path.GetFileNameWithoutExtension(file)["agent-".Length..];
            if (Launcher(steps, main, agentId, facts.Task) is { } launcher)
            {
                nested[launcher.Id].AddRange(run.Steps);
            }
            else
            {
                diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, null,
                    $"sub-agent {agentId}: no step of {Path.GetFileName(sessionFile)} launched it, so its {run.Steps.Count} step(s) are not nested"));
            }
        }

        return ([.. steps.Select(s => nested[s.Id].Count == s.SubSteps.Count ? s : s with { SubSteps = nested[s.Id] })], sources, diagnostics);
    }

    private static Step? Launcher(IReadOnlyList<Step> steps, SessionFacts main, string agentId, string? prompt)
    {
        var byResult = steps.FirstOrDefault(s => main.Launches.TryGetValue(s.Anchor, out var id) && id == agentId);
        if (byResult is not null || prompt is null)
        {
            return byResult;
        }

        return steps.FirstOrDefault(s => s.Tool is "Task" or "Agent" && JsonArguments.Parse(s.Arguments).Str("prompt") == prompt);
    }
}
