using BenchmarkDotNet.Attributes;
using CodeTracer.Extract;

namespace CodeTracer.Bench;

/// <summary>
/// One large trajectory per format (CODETRACER_BENCH_MB, default 200 MB), to see allocation per byte. For the peak
/// working set of a fresh process use `--peak` instead: BenchmarkDotNet's process has run other work before.
/// </summary>
[MemoryDiagnoser]
public class LargeTrajectoryBenchmarks
{
    private string _streamJson = "";
    private string _mini = "";

    public static long Bytes => long.TryParse(Environment.GetEnvironmentVariable("CODETRACER_BENCH_MB"), out var mb) ? mb * 1_000_000 : 200_000_000;

    public static string Folder => Path.Combine(Path.GetTempPath(), "codetracer-bench", $"{Bytes / 1_000_000}mb");

    [GlobalSetup]
    public void Setup()
    {
        _streamJson = LargeTrajectories.StreamJson(Folder, Bytes);
        _mini = LargeTrajectories.MiniTraj(Folder, Bytes);
    }

    [Benchmark(Baseline = true)]
    public long ReadBytesOnly()
    {
        using var stream = File.OpenRead(_streamJson);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    [Benchmark]
    public int StreamJson() => RunReader.CreateDefault().Read(_streamJson).Runs.Sum(r => r.Steps.Count);

    [Benchmark]
    public int MiniTraj() => RunReader.CreateDefault().Read(_mini).Runs.Sum(r => r.Steps.Count);
}
