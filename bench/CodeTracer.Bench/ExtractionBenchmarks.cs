using BenchmarkDotNet.Attributes;
using CodeTracer.Extract;

namespace CodeTracer.Bench;

/// <summary>
/// Extraction of every corpus run of a format, against a baseline that only reads the same bytes (the I/O floor).
/// File hashes are cached per process, so after the first iteration this measures parsing, not hashing.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<string> _runs = [];
    private IReadOnlyList<string> _files = [];
    private readonly RunReader _reader = RunReader.CreateDefault();

    [Params("claude-code-stream-json", "harbor-atif", "mini-swe-agent-v2-toolcalls", "swe-agent-traj", "openhands-llm-completions", "tb1-claude-code-cast")]
    public string Format { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _runs = BenchCorpus.RunsOf(Format);
        _files = [.. _runs.SelectMany(r => File.Exists(r) ? [r] : Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories))];
    }

    [Benchmark(Baseline = true)]
    public long ReadBytesOnly() => _files.Sum(f => File.ReadAllBytes(f).LongLength);

    [Benchmark]
    public int Extract() => _runs.Sum(r => _reader.Read(r).Runs.Sum(run => run.Steps.Count));
}
