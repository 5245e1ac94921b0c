namespace CodeTracer.Localize.Profiles;

/// <summary>One stage of a CodeTraceBench label: the stage's incorrect and unuseful steps and why (snake_case when serialised).</summary>
public sealed record TracebenchStage(int StageId, IReadOnlyList<int> IncorrectStepIds, IReadOnlyList<int> UnusefulStepIds, string Reasoning);
