using System.Diagnostics;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Localize.Heuristics.Signals;

namespace CodeTracer.Localize.Heuristics;

/// <summary>
/// Finds the failure onset without an LLM: every signal looks at the run, the ones that can name an onset propose
/// one with a score, and the best-scored proposal wins. A failed check after the proposed onset (code run after a
/// change that errs) raises its score. A resolved run gets an onset only from strong evidence. The other signals
/// (reverted edits, stagnation, budget exhaustion, a contradicted success claim) add evidence, unuseful steps and
/// the category. Thresholds come per agent framework from <see cref="LocalizerSettings"/>.
/// </summary>
public sealed class HeuristicLocalizer(LocalizerSettings settings)
{
    public const string MethodName = "heuristic";

    private static readonly ISignal[] Signals =
    [
        new DegenerateActions(), new ProductEdits(), new UnverifiedChanges(), new UnrecoveredErrors(),
        new RetriedFailures(), new RepeatedActions(), new RevertedEdits(), new Stagnation(), new BudgetExhaustion(),
        new ContradictedClaim(),
    ];

    public HeuristicLocalizer()
        : this(new LocalizerSettings())
    {
    }

    public HeuristicLocalizer(LocalizerOptions options)
        : this(new LocalizerSettings { Default = options })
    {
    }

    public Diagnosis Localize(Run run, TraceTree tree)
    {
        var clock = Stopwatch.StartNew();
        var options = settings.For(run.Agent);
        var steps = StepFacts.Of(run, tree);
        var input = new SignalInput(steps, run, tree, options);
        var findings = Signals.Select(s => s.Evaluate(input)).OfType<Finding>().ToList();
        if (FailedCheckAfterChange(steps) is { } failedCheck)
        {
            findings.Add(failedCheck);
        }

        var unuseful = findings.SelectMany(f => f.Unuseful).Distinct().Order().ToList();
        var evidence = findings.Select(f => new Evidence(f.Signal, f.Steps, f.Detail) { Sources = SourcesOf(run, f.Steps) }).ToList();
        var (chosen, score) = Choose(findings, run, steps, options);
        var threshold = run.Outcome.Status == OutcomeStatus.Resolved ? options.ResolvedRunMinScore : 0;
        if (chosen is not { Onset: { } onset } || score < threshold)
        {
            return new Diagnosis
            {
                Method = MethodName,
                Reason = steps.Count == 0 ? "the run has no steps" : run.Outcome.Status == OutcomeStatus.Resolved ? "the run was resolved and no strong failure signal fired" : "no failure signal fired",
                Unuseful = unuseful,
                Evidence = evidence,
                Confidence = steps.Count == 0 ? 1 : 1 - (chosen is null ? 0.5 : score),
                Cost = new DiagnosisCost(0, 0, 0, clock.Elapsed),
            };
        }

        var onsetStep = steps.First(s => s.Id == onset);
        var category = Categories.Of(chosen, onsetStep, findings);
        return new Diagnosis
        {
            Onset = new StepRef(onset, onsetStep.Step.Anchor),
            Incorrect = [.. chosen.Chain.Prepend(onset).Distinct().Order()],
            Unuseful = [.. unuseful.Where(u => !chosen.Chain.Contains(u) && u != onset)],
            Confidence = SignalCalibration.For(chosen.Signal),
            Method = MethodName,
            Reason = $"{chosen.Signal}: {chosen.Detail}",
            Evidence = evidence,
            Category = category,
            SuspiciousStage = tree.StageOf(onset)?.Id,
            Replay = ReplayHints.Of(onset, category, chosen, onsetStep, findings),
            Cost = new DiagnosisCost(0, 0, 0, clock.Elapsed),
        };
    }

    private static (Finding? Finding, double Score) Choose(List<Finding> findings, Run run, IReadOnlyList<StepFacts> steps, LocalizerOptions options)
    {
        var failedCheck = findings.FirstOrDefault(f => f.Signal == "failed-check-after-change");
        var best = findings
            .Where(f => f.Onset is not null)
            .Select(f => (Finding: f, Score: Math.Min(1, f.Score + (failedCheck?.Steps.Any(s => s > f.Onset) == true ? options.FailedCheckBonus : 0))))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Finding.Onset)
            .FirstOrDefault();
        if (best.Finding is not null || run.Outcome.Status != OutcomeStatus.Failed || steps.Count == 0)
        {
            return best;
        }

        // A failed run with no sign of trouble stopped before finishing the work: its last step is where it gave up.
        var last = steps[^1].Id;
        var end = new Finding("premature-end", [last], $"the run failed with no other signal; it stopped at step {last}")
        {
            Onset = last, Chain = [last], Score = options.PrematureEndScore,
        };
        findings.Add(end);
        return (end, options.PrematureEndScore);
    }

    private static IReadOnlyList<Provenance> SourcesOf(Run run, IReadOnlyList<int> ids)
    {
        var wanted = ids.ToHashSet();
        return [.. run.Steps.Where(s => wanted.Contains(s.Id)).Select(s => s.Provenance)];
    }

    /// <summary>Code run after a change that fails: the change did not do what the agent meant.</summary>
    private static Finding? FailedCheckAfterChange(IReadOnlyList<StepFacts> steps)
    {
        var firstChange = steps.FirstOrDefault(s => s.IsChange && !s.Degenerate)?.Id;
        var failed = steps.Where(s => firstChange is { } c && s.Id > c && s.Effect.RunsCode && s.Failed && !s.IsChange).Select(s => s.Id).ToList();
        return failed.Count == 0 ? null : new Finding("failed-check-after-change", failed, $"{failed.Count} code run(s) after a change failed, first at step {failed[0]}");
    }
}
