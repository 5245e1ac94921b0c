using CodeTracer.Tree.Stages;

namespace CodeTracer.Localize.Evaluation;

/// <summary>One row of a CodeTraceBench-style manifest: the label it carries and the stages it supplies.</summary>
public sealed record ManifestEntry(FailureLabel Label, IReadOnlyList<SuppliedStage> Stages);
