using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Heuristics;

/// <summary>Finds the failure onset without an LLM. (Filled in by the localize work.)</summary>
public sealed class HeuristicLocalizer
{
    public Diagnosis Localize(Run run, TraceTree tree) => throw new NotImplementedException();
}
