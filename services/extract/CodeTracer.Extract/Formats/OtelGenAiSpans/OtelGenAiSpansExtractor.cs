using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.OtelGenAiSpans;

/// <summary>OpenTelemetry GenAI spans exported as OTLP/JSON. See README.md.</summary>
public sealed class OtelGenAiSpansExtractor : IFormatExtractor
{
    public const string FormatId = "otel-genai-spans";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "OTLP/JSON ExportTraceServiceRequest {resourceSpans[{resource, scopeSpans[{scope, spans[]}]}]} (.json, or .jsonl with one request per line)",
        "spans with gen_ai.operation.name = execute_tool | chat | invoke_agent (OpenTelemetry GenAI semantic conventions)",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (candidate.IsDirectory || !(candidate.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || candidate.Name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)))
        {
            return DetectionResult.No("OTLP/JSON spans are a .json or .jsonl file");
        }

        var head = candidate.Head();
        if (!head.Contains("\"resourceSpans\"", StringComparison.Ordinal))
        {
            return DetectionResult.No();
        }

        return head.Contains("\"gen_ai.operation.name\"", StringComparison.Ordinal)
            ? new DetectionResult(0.9, "OTLP/JSON resourceSpans with gen_ai.operation.name attributes")
            : new DetectionResult(0.3, "OTLP/JSON resourceSpans, no GenAI attribute in the head");
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        var file = candidate.Path;
        if (ArtifactProbe.Problem(file) is { } problem)
        {
            return Extraction.Failed(file, problem);
        }

        var (spans, diagnostics, error) = OtelSpanReader.Read(file, cancellationToken);
        if (error is not null)
        {
            return Extraction.Failed(file, error);
        }

        if (!spans.Any(s => s.Operation is not null))
        {
            var why = diagnostics.FirstOrDefault() is { } first ? $" ({first.Message})" : "";
            return Extraction.Failed(file, $"{file}: no OpenTelemetry span with gen_ai.operation.name (expected an OTLP/JSON resourceSpans export){why}");
        }

        // A file may hold several traces (agent runs); each is one run, named FILE#traceId as multi-run files are.
        var traces = spans.GroupBy(s => s.TraceId).Where(t => t.Any(s => s.Operation is not null)).ToList();
        var runs = traces.Select(t => OtelRunBuilder.Build(traces.Count == 1 ? file : $"{file}#{t.Key}", file, Id, [.. t],
            diagnostics)).ToList();
        return new Extraction(runs, []);
    }
}
