using System.Collections.Concurrent;
using System.Diagnostics;
using CodeTracer.Contracts.Messages;
using CodeTracer.Testing;
using CodeTracer.Testing.Services;

namespace CodeTracer.Bench.Pipeline;

/// <summary>
/// Uploads every run over HTTP as fast as ingest takes them, then waits for each run's FailureLocalized on the
/// topic exchange: latency is upload sent → event received, throughput is first upload → last event.
/// </summary>
public static class PipelineBench
{
    public static async Task<BenchResult> RunAsync(IReadOnlyList<CorpusUpload> uploads, int localizeWorkers, TimeSpan deadline)
    {
        await using var topology = await PipelineTopology.StartAsync(new PipelineTopologyOptions
        {
            LocalizeWorkers = localizeWorkers,
            // Retries short, as in the tests, but logs quiet: writing them would be part of what is measured.
            Environment = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" },
        });
        var sent = new ConcurrentDictionary<string, DateTimeOffset>();
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        foreach (var upload in uploads)
        {
            var at = DateTimeOffset.UtcNow;
            var uploaded = await topology.Ingest.UploadAsync(upload.Content, upload.FileName);
            sent.TryAdd(uploaded.RunId, at);
        }

        while (Diagnosed(topology, sent).Count < sent.Count)
        {
            if (topology.Events.Of<RunRejected>().Count > 0 || clock.Elapsed > deadline)
            {
                throw new TimeoutException($"{Diagnosed(topology, sent).Count} of {sent.Count} runs diagnosed after {clock.Elapsed}; rejected: " +
                    string.Join("; ", topology.Events.Of<RunRejected>().Select(r => r.Reason)));
            }

            await Task.Delay(50);
        }

        var done = Diagnosed(topology, sent);
        var steps = topology.Events.Of<RunExtracted>().Where(e => sent.ContainsKey(e.RunId)).DistinctBy(e => e.RunId).Sum(e => (long)e.StepCount);
        var elapsed = done.Values.Max() - started;
        return new BenchResult(localizeWorkers, sent.Count, steps, elapsed, [.. done.Select(d => d.Value - sent[d.Key])]);
    }

    /// <summary>Run id → when its first FailureLocalized arrived.</summary>
    private static Dictionary<string, DateTimeOffset> Diagnosed(PipelineTopology topology, ConcurrentDictionary<string, DateTimeOffset> sent) =>
        topology.Events.Timed<FailureLocalized>()
            .Where(e => sent.ContainsKey(e.Message.RunId))
            .GroupBy(e => e.Message.RunId)
            .ToDictionary(g => g.Key, g => g.Min(e => e.At));
}
