namespace CodeTracer.Contracts.Diagnoses;

/// <summary>One signal a localizer saw: its name, the steps that show it and what it means.</summary>
public sealed record Evidence(string Signal, IReadOnlyList<int> Steps, string Detail)
{
    /// <summary>Where each of the steps comes from in the raw files, so the evidence can be checked against bytes.</summary>
    public IReadOnlyList<Runs.Provenance> Sources { get; init; } = [];
}
