using System.Globalization;
using CodeTracer.Bench.Pipeline;
using CodeTracer.Testing;
using CodeTracer.Testing.Services;

// Usage: dotnet bench/CodeTracer.Bench.Pipeline/bin/Release/net10.0/CodeTracer.Bench.Pipeline.dll [max-runs]
// Needs the broker of .ci/rabbitmq.sh and the solution built in Release.
if (Broker.Unavailable() is { } why)
{
    Console.Error.WriteLine(why);
    return 1;
}

var max = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : int.MaxValue;
// Distinct files of three formats a user would upload as they are: mini-SWE-agent trajectories, SWE-agent
// .traj files and Who&When logs; a run whose bytes repeat another's would be deduplicated, so it is dropped.
var uploads = CorpusUpload.Of("mini-swe-agent-v2-toolcalls", "swe-agent-traj", "who-and-when")
    .DistinctBy(u => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(u.Content)))
    .Take(max)
    .ToList();
Console.WriteLine($"{uploads.Count} runs, {uploads.Sum(u => u.Content.LongLength) / 1024 / 1024.0:F1} MiB, on {Environment.ProcessorCount} cores");
Console.WriteLine(BenchResult.Header);
foreach (var workers in new[] { 1, 2 })
{
    var result = await PipelineBench.RunAsync(uploads, workers, TimeSpan.FromMinutes(10));
    Console.WriteLine(result.Row());
}

return 0;
