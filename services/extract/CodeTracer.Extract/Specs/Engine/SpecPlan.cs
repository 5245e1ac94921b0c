using System.Text.RegularExpressions;
using CodeTracer.Extract.Specs.Model;
using CodeTracer.Extract.Specs.Paths;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>A checked spec with its paths, filters and patterns parsed once, ready to interpret.</summary>
internal sealed class SpecPlan
{
    public SpecPlan(SpecDocument spec)
    {
        Spec = spec;
        Records = SpecLoader.CompilePath(spec.Source.Records, "source.records");
        Select = SpecLoader.CompileFilter(spec.Steps.Select, "steps.select");
        Each = SpecLoader.CompilePath(spec.Steps.Each, "steps.each");
        Line = spec.Steps.Line is { } line ? SpecLoader.CompileRegex(line, "steps.line") : null;
        if (spec.Steps.Observation?.Join is { } join)
        {
            JoinIn = SpecLoader.CompilePath(join.In, "steps.observation.join.in");
            JoinSelect = SpecLoader.CompileFilter(join.Select, "steps.observation.join.select");
            JoinKey = SpecLoader.CompilePath(join.Key, "steps.observation.join.key");
            JoinMatches = SpecLoader.CompilePath(join.Matches, "steps.observation.join.matches");
        }

        LinePatterns = [.. spec.Fingerprints.LinePatterns.Select(p => SpecLoader.CompileRegex(p, "fingerprints.line_patterns"))];
    }

    public SpecDocument Spec { get; }

    public JsonPath? Records { get; }

    public FilterExpression? Select { get; }

    public JsonPath? Each { get; }

    public Regex? Line { get; }

    public bool HasJoin => JoinKey is not null;

    public JsonPath? JoinIn { get; }

    public FilterExpression? JoinSelect { get; }

    public JsonPath? JoinKey { get; }

    public JsonPath? JoinMatches { get; }

    public IReadOnlyList<Regex> LinePatterns { get; }

    public string Format => Spec.Source.Format;
}
