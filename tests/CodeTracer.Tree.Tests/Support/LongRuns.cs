using CodeTracer.Contracts.Runs;
using CodeTracer.Testing;

namespace CodeTracer.Tree.Tests.Support;

/// <summary>
/// Long runs for size tests. The corpus's longest run has 176 steps, so a 666-step run (the Python reference's
/// 468 KB example) is made by concatenating real mini-SWE-agent runs' steps, renumbered, as one long session.
/// </summary>
public static class LongRuns
{
    public const string Largest = "mini-swe-agent/deepseek_chat_dev/pylint-dev__astroid-1333";

    public static Run Concatenated(int steps)
    {
        var sources = ExpectedIndex.OfFormat("mini-swe-agent-v2-toolcalls").OrderByDescending(r => r.StepCount).ThenBy(r => r.Path, StringComparer.Ordinal);
        var all = new List<Step>();
        foreach (var source in sources)
        {
            var offset = all.Count;
            all.AddRange(CorpusRuns.Read(source.Path).Steps.Select(s => s with { Id = s.Id + offset, ParallelGroup = s.ParallelGroup + offset }));
            if (all.Count >= steps)
            {
                break;
            }
        }

        return new Run { Path = $"concatenated-{steps}", Format = "mini-swe-agent-v2-toolcalls", Steps = [.. all.Take(steps)] };
    }
}
