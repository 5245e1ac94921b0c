using CodeTracer.Contracts.Trees;
using CodeTracer.Tree.Classification;
using CodeTracer.Tree.Shell;

namespace CodeTracer.Tree.Stages;

/// <summary>
/// The signal of one step: from its shell commands when it ran a shell (the strongest command wins: a patch over an
/// install over setup over a run over a read), else from its tool and effect.
/// </summary>
internal static class PhaseRules
{
    public static StepSignal Of(ClassifiedStep step)
    {
        var effect = step.Effect;
        if (effect.Kind == StepKind.Change && effect.Targets.Count > 0 && !ScratchFiles.AllScratch(effect) && !IsShell(step))
        {
            return StepSignal.Patch;
        }

        if (Classification.StepClassifier.ShellTextOf(step.Step) is { } shell)
        {
            return OfShell(shell, effect);
        }

        if (step.Step.Tool is "run_ipython" && step.Step.Action.TrimStart().StartsWith("%pip install", StringComparison.Ordinal))
        {
            return StepSignal.Install;
        }

        return effect.Kind switch
        {
            StepKind.Change when effect.Targets.Count > 0 => StepSignal.Scratch,
            StepKind.Change => StepSignal.Neutral, // submit, killing a background shell
            _ when effect.RunsCode => StepSignal.Run,
            _ when NeutralTools.Contains(step.Step.Tool) => StepSignal.Neutral,
            _ when IsKnownReader(step) => StepSignal.Read,
            _ => StepSignal.Neutral,
        };
    }

    private static readonly HashSet<string> NeutralTools = new(StringComparer.OrdinalIgnoreCase)
    {
        "TodoWrite", "TodoRead", "think", "finish", "update_plan", "Task", "BashOutput", "write_stdin", "ExitPlanMode",
    };

    private static bool IsShell(ClassifiedStep step) => Classification.StepClassifier.ShellTextOf(step.Step) is not null;

    private static bool IsKnownReader(ClassifiedStep step) =>
        Classification.StepClassifier.PathArgumentOf(step.Step) is not null
        || step.Step.Tool is "Read" or "Grep" or "Glob" or "LS" or "find_file" or "search_dir" or "search_file" or "open" or "goto"
            or "scroll_up" or "scroll_down" or "str_replace_editor" or "read_file" or "list_directory" or "glob" or "search_file_content"
            or "WebFetch" or "WebSearch" or "google_web_search" or "web_fetch" or "view_image" or "filemap" or "decompile" or "disassemble";

    private static StepSignal OfShell(string shell, StepEffect effect)
    {
        var best = StepSignal.Neutral;
        foreach (var command in ShellParser.Parse(shell))
        {
            var signal = OfCommand(ShellClassifier.SkipPrefix(command.Words), command);
            best = signal > best ? signal : best;
        }

        return best;
    }

    private static StepSignal OfCommand(IReadOnlyList<string> words, ShellCommand command)
    {
        var effect = ShellClassifier.Classify(string.Join(' ', words.Select(Quote)) + Redirects(command));
        if (command.Heredoc is not null && effect.Kind == StepKind.Change)
        {
            effect = effect.Merge(StepEffect.Change([.. Classification.PathMentions.In(command.Heredoc)]));
        }

        if (words.Count == 0)
        {
            return effect.Kind != StepKind.Change ? StepSignal.Neutral
                : ScratchFiles.AllScratch(effect) ? StepSignal.Scratch : StepSignal.Patch;
        }

        var name = System.IO.Path.GetFileName(words[0]);
        var args = words.Skip(1).ToList();
        if (CommandPhases.IsInstall(name, args))
        {
            return StepSignal.Install;
        }

        if (CommandPhases.IsSetup(name, args))
        {
            return StepSignal.Setup;
        }

        if (CommandPhases.IsBuild(name, args))
        {
            return StepSignal.Run;
        }

        if (name == "git" && args.FirstOrDefault() is "diff" or "status" or "show")
        {
            return StepSignal.Review; // also when the diff is saved to a file: that records the patch, it does not make one
        }

        if (name == "git" && args.FirstOrDefault() is "add")
        {
            return StepSignal.Review; // staging the work for the final diff
        }

        if (effect.Kind == StepKind.Change)
        {
            // A command that writes only scratch files (cat > reproduce.py) reproduces or checks, it does not patch;
            // one that only copies (a backup, a saved diff) prepares or records a patch and joins the stage around it.
            return CommandPhases.IsCleanup(name) ? StepSignal.Neutral
                : effect.Targets.Count > 0 && effect.Targets.All(ScratchFiles.IsCopy) ? StepSignal.Neutral
                : ScratchFiles.AllScratch(effect) ? StepSignal.Scratch
                : StepSignal.Patch;
        }

        return effect.RunsCode || RunsAProgram(words[0]) ? StepSignal.Run : CommandPhases.IsNeutral(name) ? StepSignal.Neutral : StepSignal.Read;
    }

    /// <summary>A command word that is a path to a program the run has (./ponyc, /app/run.sh), not a system tool.</summary>
    private static bool RunsAProgram(string word) =>
        word.StartsWith("./", StringComparison.Ordinal) || word.StartsWith("../", StringComparison.Ordinal)
        || word.StartsWith('/') && !word.StartsWith("/bin/", StringComparison.Ordinal) && !word.StartsWith("/usr/", StringComparison.Ordinal) && !word.StartsWith("/sbin/", StringComparison.Ordinal);

    private static string Redirects(ShellCommand command) =>
        string.Concat(command.Redirects.Select(r => $" {r.Operator} {Quote(r.Target)}"));

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
