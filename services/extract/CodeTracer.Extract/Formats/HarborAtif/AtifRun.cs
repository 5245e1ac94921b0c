using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.HarborAtif;

/// <summary>A run from an ATIF trajectory plus its Harbor trial result.</summary>
internal static class AtifRun
{
    public static Extraction Read(string path, string trajectory, string resultFile, HarborTrial trial, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var sha = FileHash.Sha256(trajectory);
        var steps = new AtifSteps(trajectory, sha);
        AtifDocument document;
        using (var stream = new FileStream(trajectory, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
        {
            // Steps are built as entries are read, so only the built steps stay in memory, not the file or its JSON.
            document = AtifDocument.Read(stream, steps.Add);
        }

        if (!document.HasSteps)
        {
            var why = document.Damage is { } d ? d.Message : "it has no steps[] array";
            return Extraction.Failed(trajectory, $"{trajectory} is not an ATIF trajectory: {why}");
        }

        var diagnostics = new List<ExtractionDiagnostic>();
        if (document.Damage is { } damage)
        {
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Error, trajectory, damage.Line,
                $"{damage.Message}; the {document.StepCount} steps[] entries before it are kept"));
        }

        if (trial.Problem is { } problem)
        {
            diagnostics.Add(problem);
        }

        var header = document.Header;
        var agent = header.GetValueOrDefault("agent");
        var totals = header.GetValueOrDefault("final_metrics");
        var metrics = trial.Metrics with
        {
            InputTokens = trial.Metrics.InputTokens ?? totals.Long("total_prompt_tokens"),
            OutputTokens = trial.Metrics.OutputTokens ?? totals.Long("total_completion_tokens"),
            CacheTokens = trial.Metrics.CacheTokens ?? totals.Long("total_cached_tokens"),
            CostUsd = trial.Metrics.CostUsd ?? totals.Decimal("total_cost_usd"),
        };
        List<SourceFile> sources = File.Exists(resultFile) ? [FileHash.Describe(resultFile), FileHash.Describe(trajectory)] : [FileHash.Describe(trajectory)];
        return Extraction.Of(new Run
        {
            Path = path,
            Format = HarborAtifExtractor.FormatId,
            FormatVersion = header.GetValueOrDefault("schema_version").ValueKind == System.Text.Json.JsonValueKind.String
                ? header["schema_version"].GetString()
                : null,
            Agent = agent.Str("name") ?? trial.Agent,
            AgentVersion = agent.Str("version") ?? trial.AgentVersion,
            Model = agent.Str("model_name") ?? trial.Model,
            Task = steps.Task,
            Outcome = trial.Outcome,
            Status = document.Damage is not null ? RunStatus.Partial : steps.Steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps.Steps,
            FinalMessage = steps.FinalMessage,
            Metrics = metrics,
            Sources = sources,
            Diagnostics = diagnostics,
        });
    }
}
