using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.OtelGenAiSpans;

/// <summary>One run from the spans of one trace: a step per execute_tool span, in start order.</summary>
internal static class OtelRunBuilder
{
    public static Run Build(string path, string file, string format, IReadOnlyList<OtelSpan> trace, IReadOnlyList<ExtractionDiagnostic> diagnostics)
    {
        var sha = FileHash.Sha256(file);
        var ordered = trace.OrderBy(s => s.Start ?? DateTimeOffset.MaxValue).ToList();
        var tools = ordered.Where(s => s.Operation == "execute_tool").ToList();
        var chats = ordered.Where(s => s.Operation is "chat" or "generate_content" or "text_completion").ToList();
        var agent = ordered.FirstOrDefault(s => s.Operation == "invoke_agent");
        var steps = new List<Step>();
        foreach (var span in tools)
        {
            var previous = steps.Count > 0 ? tools[steps.Count - 1] : null;
            // Calls the model issued together run side by side: same parent, started before the previous one ended.
            var together = previous is not null && previous.ParentSpanId == span.ParentSpanId && span.Start < previous.End;
            steps.Add(StepOf(span, steps.Count + 1, together ? steps[^1].ParallelGroup : steps.Count + 1, file, sha));
        }

        var usage = chats.Count > 0 ? chats : agent is null ? [] : [agent];
        return new Run
        {
            Path = path,
            Format = format,
            Agent = agent?.Text("gen_ai.agent.name") ?? Resource(ordered, "service.name") ?? ordered.Select(s => s.Text("gen_ai.provider.name") ?? s.Text("gen_ai.system")).FirstOrDefault(n => n is not null),
            Model = chats.Select(s => s.Text("gen_ai.response.model") ?? s.Text("gen_ai.request.model")).FirstOrDefault(m => m is not null)
                ?? agent?.Text("gen_ai.request.model"),
            Task = chats.Select(s => OtelMessages.FirstText(s.Text("gen_ai.input.messages"), "user")).FirstOrDefault(t => t is not null),
            Status = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? RunStatus.Partial : steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = chats.Select(s => OtelMessages.LastText(s.Text("gen_ai.output.messages"), "assistant")).LastOrDefault(t => t is not null),
            Metrics = new RunMetrics
            {
                InputTokens = Sum(usage, "gen_ai.usage.input_tokens"),
                OutputTokens = Sum(usage, "gen_ai.usage.output_tokens"),
                StartedAt = ordered.Min(s => s.Start),
                EndedAt = ordered.Max(s => s.End),
                ExitStatus = agent is { Failed: true } ? agent.StatusMessage ?? "error" : null,
            },
            Sources = [FileHash.Describe(file)],
            Diagnostics = diagnostics,
        };
    }

    private static Step StepOf(OtelSpan span, int id, int group, string file, string sha)
    {
        var tool = span.Text("gen_ai.tool.name") ?? (span.Name.StartsWith("execute_tool ", StringComparison.Ordinal) ? span.Name["execute_tool ".Length..] : span.Name);
        var arguments = span.Text("gen_ai.tool.call.arguments");
        var parsed = JsonArguments.Parse(arguments);
        var result = span.Text("gen_ai.tool.call.result");
        var failed = span.Failed || span.Has("error.type");
        var answered = result is not null || failed;
        return new Step
        {
            Id = id,
            Anchor = span.Text("gen_ai.tool.call.id") ?? span.SpanId,
            Tool = tool,
            Arguments = arguments,
            Action = parsed is null ? arguments ?? "" : ToolActionText.Of(tool, parsed),
            Observation = result ?? (failed ? span.StatusMessage ?? span.Text("error.type") : null),
            HasObservation = answered,
            IsError = answered ? failed : null,
            StartedAt = span.Start,
            EndedAt = span.End,
            ParallelGroup = group,
            Provenance = new Provenance(file, span.Line, span.Location, sha),
        };
    }

    private static long? Sum(List<OtelSpan> spans, string key) =>
        spans.Any(s => s.Has(key)) ? spans.Sum(s => s.Long(key) ?? 0) : null;

    private static string? Resource(List<OtelSpan> spans, string key) =>
        spans.Select(s => s.Resource.TryGetValue(key, out var v) ? OtelValue.Text(v) : null).FirstOrDefault(v => v is not null);
}
