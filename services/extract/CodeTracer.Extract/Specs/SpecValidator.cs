using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Specs;

/// <summary>
/// Judges a spec on a real input (ARCHITECTURE.md, "Unknown formats"): it must read at least one step, every step
/// must have an action, ids must run 1, 2, 3… in order, and anchors must be found wherever the spec maps them.
/// </summary>
public static class SpecValidator
{
    private const int MaxReported = 10;

    public static SpecValidation Validate(SpecExtractor extractor, RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        var read = extractor.Read(candidate, cancellationToken);
        var errors = new List<string>();
        errors.AddRange(read.Extraction.Errors.Select(e => $"cannot read {e.Path}: {e.Error}"));
        var runs = read.Extraction.Runs;
        if (errors.Count == 0 && runs.Sum(r => r.Steps.Count) == 0)
        {
            errors.Add("no step found: steps.select / steps.each matched no record with an action" + Hint(extractor));
        }

        foreach (var run in runs)
        {
            for (var i = 0; i < run.Steps.Count; i++)
            {
                var step = run.Steps[i];
                if (step.Id != i + 1)
                {
                    errors.Add($"step ids out of order: position {i + 1} has id {step.Id}");
                }

                if (string.IsNullOrWhiteSpace(step.Action))
                {
                    errors.Add($"step {step.Id} ({step.Provenance.Location ?? "line " + step.Provenance.Line}): no action (steps.action found nothing)");
                }
            }
        }

        errors.AddRange(read.Issues);
        var kept = errors.Take(MaxReported).ToList();
        if (errors.Count > MaxReported)
        {
            kept.Add($"… and {errors.Count - MaxReported} more");
        }

        return new SpecValidation(runs, kept);
    }

    private static string Hint(SpecExtractor extractor) =>
        $" (source {extractor.Spec.Source.Format} records {extractor.Spec.Source.Records ?? "default"}, select {extractor.Spec.Steps.Select ?? "all"}, each {extractor.Spec.Steps.Each ?? "the record"})";
}
