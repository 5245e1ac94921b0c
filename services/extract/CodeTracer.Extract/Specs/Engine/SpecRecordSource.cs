using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;
using CodeTracer.Extract.Specs.Paths;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>
/// Yields a file's records one by one. JSON lines and text lines are streamed; a json document is parsed from the
/// stream once (it has to live whole in memory as a JsonDocument, but never also as a string).
/// </summary>
internal sealed class SpecRecordSource(SpecPlan plan, string file, List<ExtractionDiagnostic> diagnostics) : IDisposable
{
    private static readonly JsonPath AllChildren = JsonPath.Parse("$[*]");
    private JsonDocument? _document;

    /// <summary>The document root (json only), once <see cref="Open"/> succeeded.</summary>
    public JsonElement? Root => _document?.RootElement;

    /// <summary>Loads a json document; false with the reason when it is not valid JSON.</summary>
    public bool Open(out string? error)
    {
        error = null;
        if (plan.Format != "json")
        {
            return true;
        }

        if (!JsonFile.TryLoad(file, out var document, out error))
        {
            return false;
        }

        _document = document;
        return true;
    }

    public IEnumerable<SpecRecord> Read(CancellationToken cancellationToken) => plan.Format switch
    {
        "json" => FromDocument(),
        "jsonl" => FromJsonLines(cancellationToken),
        _ => FromTextLines(cancellationToken),
    };

    public void Dispose() => _document?.Dispose();

    private IEnumerable<SpecRecord> FromDocument()
    {
        var root = _document!.RootElement;
        foreach (var match in (plan.Records ?? AllChildren).Select(root))
        {
            yield return new SpecRecord(match.Value, null, null, match.Location, root);
        }
    }

    private IEnumerable<SpecRecord> FromJsonLines(CancellationToken cancellationToken)
    {
        foreach (var line in JsonLines.Read(file, cancellationToken))
        {
            if (line.Value is not { } value)
            {
                diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, line.Number, $"not JSON, skipped: {line.Error}"));
                continue;
            }

            if (plan.Records is null)
            {
                yield return new SpecRecord(value, null, line.Number, "", value);
                continue;
            }

            foreach (var match in plan.Records.Select(value))
            {
                yield return new SpecRecord(match.Value, null, line.Number, match.Location, value);
            }
        }
    }

    private IEnumerable<SpecRecord> FromTextLines(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        long number = 0;
        while (reader.ReadLine() is { } text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            yield return new SpecRecord(null, text, number, "", null);
        }
    }
}
