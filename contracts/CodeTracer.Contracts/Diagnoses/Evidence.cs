namespace CodeTracer.Contracts.Diagnoses;

/// <summary>One signal a localizer saw: its name, the steps that show it and what it means.</summary>
public sealed record Evidence(string Signal, IReadOnlyList<int> Steps, string Detail);
