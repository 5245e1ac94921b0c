using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.CodexRollout;

/// <summary>Assembles the run of either rollout layout once every line was read.</summary>
internal static class CodexRunBuilder
{
    public static Extraction Build(string file, string format, string layout, CodexTranscript transcript, CodexRunFacts facts)
    {
        if (!facts.HasMeta && transcript.ItemCount == 0)
        {
            var why = transcript.Diagnostics.FirstOrDefault() is { } first ? $" ({first.Message})" : "";
            return Extraction.Failed(file, $"{file} is not a Codex rollout ({layout}): no session meta line and no Responses-API item{why}");
        }

        var diagnostics = transcript.Diagnostics.ToList();
        if (transcript.SkippedWebSearches > 0)
        {
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Info, file, null,
                $"{transcript.SkippedWebSearches} web_search_call item(s) (hosted tool, no call_id or output) are not steps"));
        }

        var steps = transcript.Steps();
        return Extraction.Of(new Run
        {
            Path = file,
            Format = format,
            Agent = "codex",
            AgentVersion = facts.CliVersion,
            Model = facts.Model,
            Task = transcript.Task,
            Status = transcript.Damaged ? RunStatus.Partial : steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = transcript.LastText,
            Metrics = transcript.Metrics with { StartedAt = facts.StartedAt, EndedAt = facts.EndedAt },
            Sources = [FileHash.Describe(file)],
            Diagnostics = diagnostics,
        });
    }
}
