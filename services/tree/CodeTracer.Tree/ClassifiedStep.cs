using CodeTracer.Contracts.Runs;
using CodeTracer.Tree.Classification;

namespace CodeTracer.Tree;

/// <summary>A step with its classified effect, computed once per build and shared by stages, states and files.</summary>
public sealed record ClassifiedStep(Step Step, StepEffect Effect)
{
    public int Id => Step.Id;

    /// <summary>The format's error signal, or a non-zero exit code when the format gives only that.</summary>
    public bool Failed => Step.IsError == true || Step.ExitCode is { } code && code != 0;

    public static IReadOnlyList<ClassifiedStep> Of(Run run)
    {
        var result = new List<ClassifiedStep>(run.Steps.Count);
        string? openFile = null;
        foreach (var step in run.Steps)
        {
            var effect = StepClassifier.Analyze(step);
            // SWE-agent's "edit 12:14" names no file: it edits the one "open" or "create" last showed.
            if (step.Tool is "open" or "create" && step.Action.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words)
            {
                openFile = words[1].Trim('"', '\'');
            }
            else if (step.Tool == "edit" && effect.Kind == Contracts.Trees.StepKind.Change && effect.Targets.Count == 0 && openFile is not null)
            {
                effect = StepEffect.Change(openFile);
            }

            result.Add(new ClassifiedStep(step, effect));
        }

        return result;
    }
}
