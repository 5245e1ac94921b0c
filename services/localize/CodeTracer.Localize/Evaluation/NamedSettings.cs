using CodeTracer.Localize.Heuristics;

namespace CodeTracer.Localize.Evaluation;

/// <summary>A candidate set of localizer thresholds, named by what it changes from the defaults.</summary>
public sealed record NamedSettings(string Name, LocalizerSettings Settings);
