using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.OtelGenAiSpans;

/// <summary>
/// The spans of an OTLP/JSON <c>ExportTraceServiceRequest</c> file: one JSON document, or one request per line as the
/// OpenTelemetry Collector's file exporter writes them (then each span knows its line).
/// </summary>
internal static class OtelSpanReader
{
    public static (List<OtelSpan> Spans, List<ExtractionDiagnostic> Diagnostics, string? Error) Read(string file, CancellationToken cancellationToken)
    {
        var spans = new List<OtelSpan>();
        var diagnostics = new List<ExtractionDiagnostic>();
        if (!file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            if (!JsonFile.TryLoad(file, out var document, out var error))
            {
                return (spans, diagnostics, error);
            }

            using (document)
            {
                AddSpans(document.RootElement, null, spans);
            }

            return (spans, diagnostics, null);
        }

        foreach (var line in JsonLines.Read(file, cancellationToken))
        {
            if (line.Value is { } request)
            {
                AddSpans(request, line.Number, spans);
            }
            else
            {
                diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Error, file, line.Number,
                    $"line {line.Number} is not valid JSON (truncated or corrupt): {line.Error}"));
            }
        }

        return (spans, diagnostics, null);
    }

    private static void AddSpans(JsonElement request, long? line, List<OtelSpan> spans)
    {
        var r = 0;
        foreach (var resourceSpans in request.Items("resourceSpans"))
        {
            var resource = OtelValue.Attributes(resourceSpans.Prop("resource") ?? default);
            var s = 0;
            foreach (var scopeSpans in resourceSpans.Items("scopeSpans"))
            {
                var k = 0;
                foreach (var span in scopeSpans.Items("spans"))
                {
                    spans.Add(new OtelSpan(
                        span.Str("traceId") ?? "", span.Str("spanId") ?? "", span.Str("parentSpanId") is { Length: > 0 } parent ? parent : null,
                        span.Str("name") ?? "", OtelValue.Nanos(span, "startTimeUnixNano"), OtelValue.Nanos(span, "endTimeUnixNano"),
                        OtelValue.Attributes(span), resource, OtelValue.IsError(span.Prop("status")), span.Prop("status").Str("message"),
                        line, $"resourceSpans[{r}].scopeSpans[{s}].spans[{k}]"));
                    k++;
                }

                s++;
            }

            r++;
        }
    }
}
