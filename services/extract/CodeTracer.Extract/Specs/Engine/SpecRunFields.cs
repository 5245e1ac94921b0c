using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>Assembles the run: its steps, the run-level fields the spec maps, and the outcome it points to.</summary>
internal static class SpecRunFields
{
    public static Run Build(SpecPlan plan, RunFieldCollector fields, SpecScope root, string runPath, string file, SourceFile source,
        List<Step> steps, List<ExtractionDiagnostic> diagnostics, List<string> issues)
    {
        var rules = plan.Spec.Run;
        var sources = new List<SourceFile> { source };
        var outcome = RunOutcome.Unknown;
        if (fields.Decide(rules?.Outcome?.Resolved, root) is { } resolved)
        {
            outcome = new RunOutcome(resolved ? OutcomeStatus.Resolved : OutcomeStatus.Failed, file, $"spec {plan.Spec.Id} outcome rule");
        }
        else if (fields.Text(rules?.Outcome?.SweBenchInstanceId, root) is { } instanceId)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (SweBenchOutcome.FromSummaries(instanceId, [folder, Path.GetDirectoryName(folder) ?? folder]) is { } found)
            {
                outcome = found.Outcome;
                sources.Add(FileHashOf(found.File));
            }
        }

        return new Run
        {
            Path = runPath,
            Format = plan.Spec.Id,
            FormatVersion = fields.Text(rules?.FormatVersion, root),
            Agent = fields.Text(rules?.Agent, root),
            AgentVersion = fields.Text(rules?.AgentVersion, root),
            Model = fields.Text(rules?.Model, root),
            Task = fields.Text(rules?.Task, root),
            Outcome = outcome,
            Status = steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            Metrics = new RunMetrics { ExitStatus = fields.Text(rules?.ExitStatus, root) },
            Sources = sources,
            Diagnostics = [.. diagnostics, .. issues.Select(i => new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, null, $"spec {plan.Spec.Id}: {i}"))],
        };
    }

    private static SourceFile FileHashOf(string file) => Input.FileHash.Describe(file);
}
