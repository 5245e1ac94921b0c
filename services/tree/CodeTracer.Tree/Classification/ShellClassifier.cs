using CodeTracer.Tree.Shell;

namespace CodeTracer.Tree.Classification;

/// <summary>
/// Decides whether a shell text changes state. Each simple command is judged on its redirections (writing to a
/// file other than a sink is a change) and its command word (see <see cref="CommandRules"/>); the text changes
/// state when any of its commands does. Running a script or a test runner is exploring: it observes behaviour,
/// and whatever the script writes was decided when the script was written, which is itself a change.
/// </summary>
public static class ShellClassifier
{
    private const int MaxNesting = 3;

    public static StepEffect Classify(string script) => Classify(script, 0);

    private static StepEffect Classify(string script, int depth)
    {
        var effect = StepEffect.Explore;
        foreach (var command in ShellParser.Parse(script))
        {
            effect = effect.Merge(Classify(command, depth));
        }

        return effect;
    }

    private static StepEffect Classify(ShellCommand command, int depth)
    {
        var redirects = command.Redirects.Where(r => r.IsOutput && !r.IsDescriptorCopy && !CommandRules.IsSink(r.Target)).ToArray();
        var written = redirects.Select(r => r.Target).ToArray();
        // ">" replaces the file (created or overwritten); ">>" appends to it, which is an edit.
        var effect = written.Length > 0
            ? StepEffect.Change(written) with { Written = [.. redirects.Where(r => !r.Operator.Contains(">>", StringComparison.Ordinal)).Select(r => r.Target)] }
            : StepEffect.Explore;
        var words = SkipPrefix(command.Words);
        if (words.Count == 0)
        {
            return effect;
        }

        if (written.Length > 0 && command.Heredoc is { } body && words[0] is "cat" or "tee")
        {
            // A script written from a here-document usually patches the files it names (fix_x.py opens and rewrites them).
            effect = effect.Merge(new StepEffect(effect.Kind, PathMentions.In(body), false));
        }

        return effect.Merge(ClassifyWords(words, depth));
    }

    private static StepEffect ClassifyWords(IReadOnlyList<string> words, int depth)
    {
        var name = System.IO.Path.GetFileName(words[0]);
        var args = words.Skip(1).ToList();
        if (name == "make" && args.Any(a => a is "-n" or "--dry-run" or "--just-print" or "-q" or "--question"))
        {
            return StepEffect.Explore; // a dry run prints what it would do
        }

        if (CommandRules.Changing.Contains(name))
        {
            return ChangedPaths(name, args);
        }

        return name switch
        {
            "sed" or "perl" when args.Any(a => a.StartsWith("-i", StringComparison.Ordinal) || a.StartsWith("--in-place", StringComparison.Ordinal) || a.StartsWith("-pi", StringComparison.Ordinal)) =>
                StepEffect.Change([.. args.Where(a => !a.StartsWith('-')).Skip(name == "sed" ? 1 : 1)]),
            "awk" or "gawk" when args.Contains("inplace") => StepEffect.Change([.. args.Skip(2)]),
            "tee" => Tee(args),
            "git" => ClassifyGit(args),
            "find" when args.Contains("-delete") => StepEffect.Change(),
            "find" when ExecArgs(args) is { Count: > 0 } exec => ClassifyWords(exec, depth),
            "curl" when args.Any(a => a is "-o" or "-O" or "--output" or "--remote-name" || a.StartsWith("-o", StringComparison.Ordinal) && a.Length > 2 && !a.StartsWith("--", StringComparison.Ordinal)) => StepEffect.Change(),
            "wget" when !args.Any(a => a is "--spider" or "-O-" || a == "-") => StepEffect.Change(),
            "openssl" when args.Contains("-out") || args.Contains("genrsa") && !args.Contains("-noout") => StepEffect.Change(),
            "bash" or "sh" or "zsh" when args.IndexOf("-c") is var i && i >= 0 && i + 1 < args.Count && depth < MaxNesting => Classify(args[i + 1], depth + 1),
            "bash" or "sh" or "zsh" when args.IndexOf("-lc") is var j && j >= 0 && j + 1 < args.Count && depth < MaxNesting => Classify(args[j + 1], depth + 1),
            // A server started from the shell keeps listening for the steps after it (corpus: python3 -m http.server 8000).
            "python" or "python3" when args.Count >= 2 && args[0] == "-m" && args[1] is "http.server" or "SimpleHTTPServer" => StepEffect.Change(),
            "python" or "python3" or "python2" when args.IndexOf("-c") is var k && k >= 0 && k + 1 < args.Count => ClassifyPythonCode(args[k + 1]),
            "timeout" => args.SkipWhile(a => a.StartsWith('-')).Skip(1).ToList() is { Count: > 0 } rest ? ClassifyWords(rest, depth) : StepEffect.Explore,
            _ when CommandRules.PackageManagers.TryGetValue(name, out var subs) && args.Any(subs.Contains) => StepEffect.Change(),
            "python" or "python3" when args.Count >= 2 && args[0] == "-m" && args[1] is "pip" && args.Skip(2).Any(CommandRules.PackageManagers["pip"].Contains) => StepEffect.Change(),
            _ => new StepEffect(Contracts.Trees.StepKind.Explore, [], RunsCode(name, args)),
        };
    }

    private static StepEffect ClassifyGit(List<string> args)
    {
        var positional = args.SkipWhile(a => a.StartsWith('-') || a is "-C").ToList();
        if (args.Count >= 2 && args[0] == "-C")
        {
            positional = [.. args.Skip(2)];
        }

        if (positional.Count == 0)
        {
            return StepEffect.Explore;
        }

        var sub = positional[0];
        var rest = positional.Skip(1).Where(a => !a.StartsWith('-')).ToList();
        var changes = sub switch
        {
            // Listing branches or reading a setting is exploring; creating a branch or setting a value is not.
            "branch" => rest.Count > 0,
            "config" => rest.Count >= 2 && !positional.Contains("--get"),
            "stash" => rest.FirstOrDefault() is not ("list" or "show"),
            _ => CommandRules.GitChanging.Contains(sub),
        };
        if (!changes)
        {
            return StepEffect.Explore;
        }

        // Only some sub-commands name files: rm and mv always, restore always, checkout after "--" or after its
        // first word (the tree-ish: "git checkout HEAD -- f" restores f, not a file called HEAD). The others' words
        // are branches, remotes or messages as often as paths.
        var dashDash = positional.IndexOf("--");
        var files = rest.Where(r => r != "--").ToArray();
        string[] paths = sub switch
        {
            "rm" or "mv" or "restore" => files,
            "checkout" when dashDash >= 0 => [.. positional.Skip(dashDash + 1)],
            "checkout" => [.. files.Skip(1)],
            _ => [],
        };
        return sub == "rm" ? StepEffect.Delete(paths) : StepEffect.Change(paths);
    }

    private static StepEffect ClassifyPythonCode(string code)
    {
        // Inline code that opens a file for writing or calls a writer changes state; the usual print/import probe does not.
        var writes = code.Contains(".write(", StringComparison.Ordinal) || code.Contains("'w')", StringComparison.Ordinal)
            || code.Contains("\"w\")", StringComparison.Ordinal) || code.Contains("'a')", StringComparison.Ordinal)
            || code.Contains("write_text(", StringComparison.Ordinal) || code.Contains("os.remove(", StringComparison.Ordinal)
            || code.Contains("shutil.", StringComparison.Ordinal) || code.Contains("subprocess", StringComparison.Ordinal) && code.Contains("pip", StringComparison.Ordinal);
        return writes ? new StepEffect(Contracts.Trees.StepKind.Change, PathMentions.In(code), true) : new StepEffect(Contracts.Trees.StepKind.Explore, [], true);
    }

    private static bool RunsCode(string name, List<string> args) =>
        CommandRules.Runners.Contains(name) || name.StartsWith("python", StringComparison.Ordinal)
        || name.EndsWith(".py", StringComparison.Ordinal) || name.EndsWith(".sh", StringComparison.Ordinal)
        || name is "make" or "npm" or "yarn" && args.Contains("test");

    private static StepEffect ChangedPaths(string name, List<string> args)
    {
        var operands = args.Where(a => !a.StartsWith('-')).ToList();
        return name switch
        {
            // cp and install read every operand but the last; mv removes its sources and writes the last operand.
            "cp" or "install" => operands.Count > 0 ? StepEffect.WriteWhole(operands[^1]) : StepEffect.Change(),
            "mv" when operands.Count >= 2 => StepEffect.Delete([.. operands[..^1]]).Merge(StepEffect.WriteWhole(operands[^1])),
            "rm" or "rmdir" => StepEffect.Delete([.. operands]),
            "mkdir" or "touch" or "ln" => StepEffect.WriteWhole([.. operands]),
            "truncate" or "patch" or "mv" => StepEffect.Change([.. operands]),
            "chmod" or "chown" => StepEffect.Change([.. operands.Skip(1)]),
            _ => StepEffect.Change(),
        };
    }

    private static StepEffect Tee(List<string> args)
    {
        var targets = args.Where(a => !a.StartsWith('-') && !CommandRules.IsSink(a)).ToArray();
        if (targets.Length == 0)
        {
            return StepEffect.Explore;
        }

        return args.Any(a => a is "-a" or "--append") ? StepEffect.Change(targets) : StepEffect.WriteWhole(targets);
    }

    private static List<string> ExecArgs(List<string> args)
    {
        var i = args.FindIndex(a => a is "-exec" or "-execdir" or "-ok");
        return i < 0 ? [] : [.. args.Skip(i + 1).TakeWhile(a => a is not (";" or "+" or "\\;"))];
    }

    internal static List<string> SkipPrefix(IReadOnlyList<string> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            var w = words[i];
            if (w.Contains('=', StringComparison.Ordinal) && !w.StartsWith('-') && !w.StartsWith('=') && char.IsLetter(w[0]) && w.IndexOf('=') < w.Length && w[..w.IndexOf('=')].All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                i++; // VAR=value before a command
            }
            else if (CommandRules.Wrappers.Contains(w))
            {
                i++;
                while (i < words.Count && words[i].StartsWith('-') && words[i - 1] is "sudo" or "env" or "xargs" or "nice" or "stdbuf")
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return [.. words.Skip(i)];
    }
}
