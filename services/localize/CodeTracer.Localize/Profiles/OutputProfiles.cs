using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Profiles;

/// <summary>The output profiles by name: each is a view of one (run, tree, diagnosis), never a second analysis.</summary>
public static class OutputProfiles
{
    public static IReadOnlyList<string> Names { get; } = [TracebenchProfile.Name, DetailedProfile.Name, RlFeedbackProfile.Name];

    public static object View(string name, Run run, TraceTree tree, Diagnosis diagnosis) => name switch
    {
        TracebenchProfile.Name => TracebenchProfile.Of(run, tree, diagnosis),
        DetailedProfile.Name => DetailedProfile.Of(run, tree, diagnosis),
        RlFeedbackProfile.Name => RlFeedbackProfile.Of(run, tree, diagnosis),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "known profiles: " + string.Join(", ", Names)),
    };
}
