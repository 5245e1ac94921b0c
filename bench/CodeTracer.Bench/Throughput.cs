using System.Diagnostics;
using CodeTracer.Extract;

namespace CodeTracer.Bench;

/// <summary>`--throughput`: steps/s and MB/s per format over the corpus, one warm-up pass then a timed best of five.</summary>
public static class Throughput
{
    public static readonly string[] Formats =
    [
        "claude-code-stream-json", "harbor-atif", "tb1-claude-code-cast", "mini-swe-agent-v2-toolcalls", "swe-agent-traj",
        "openhands-events", "openhands-llm-completions", "openhands-pairs",
    ];

    public static void Run(TextWriter output)
    {
        var reader = RunReader.CreateDefault();
        output.WriteLine($"{"format",-30} {"runs",5} {"MB",8} {"steps",7} {"ms",8} {"steps/s",10} {"MB/s",8}");
        foreach (var format in Formats)
        {
            var runs = BenchCorpus.RunsOf(format);
            var megabytes = BenchCorpus.BytesOf(runs) / 1e6;
            var steps = runs.Sum(r => reader.Read(r).Runs.Sum(x => x.Steps.Count));
            var best = double.MaxValue;
            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var run in runs)
                {
                    reader.Read(run);
                }

                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }

            output.WriteLine($"{format,-30} {runs.Count,5} {megabytes,8:0.0} {steps,7} {best * 1000,8:0} {steps / best,10:0} {megabytes / best,8:0.0}");
        }
    }
}
