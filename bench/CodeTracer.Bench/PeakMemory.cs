using System.Diagnostics;
using CodeTracer.Extract;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Specs;

namespace CodeTracer.Bench;

/// <summary>
/// `--peak`: each measurement runs in a fresh child process (`--peak-child CASE FILE`) that extracts once and prints
/// its Process.PeakWorkingSet64 and total GC allocation, so earlier work cannot inflate the peak.
/// </summary>
public static class PeakMemory
{
    private static readonly string[] Cases = ["baseline-read", "stream-json", "mini-traj", "mini-traj-spec", "harbor-atif"];

    /// <param name="only">Cases to run (all when empty), so one format can be measured without building every file.</param>
    public static void Run(TextWriter output, IReadOnlyCollection<string> only)
    {
        var folder = LargeTrajectoryBenchmarks.Folder;
        var bytes = LargeTrajectoryBenchmarks.Bytes;
        output.WriteLine($"{"case",-16} {"file MB",8} {"steps",8} {"seconds",8} {"peak WS MB",11} {"GC alloc MB",12}");
        foreach (var name in Cases.Where(c => only.Count == 0 || only.Contains(c)))
        {
            var (file, size) = name switch
            {
                "harbor-atif" => (LargeTrajectories.HarborTrial(folder, bytes), "agent/trajectory.json"),
                _ when name.StartsWith("mini", StringComparison.Ordinal) => (LargeTrajectories.MiniTraj(folder, bytes), ""),
                _ => (LargeTrajectories.StreamJson(folder, bytes), ""),
            };
            output.WriteLine($"{name,-16} {new FileInfo(Path.Combine(file, size)).Length / 1e6,8:0} {Child(name, file)}");
        }
    }

    public static void Measure(string name, string file, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var steps = name switch
        {
            "baseline-read" => ReadOnly(file),
            "mini-traj-spec" => new RunReader(new FormatRegistry([.. BuiltInFormats.All(), .. BuiltInSpecs.All()]))
                .Read(file, "spec-mini-swe-agent-v2-toolcalls").Runs.Sum(r => r.Steps.Count),
            _ => RunReader.CreateDefault().Read(file).Runs.Sum(r => r.Steps.Count),
        };
        var seconds = clock.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        output.WriteLine($"{steps,8} {seconds,8:0.0} {self.PeakWorkingSet64 / 1e6,11:0} {GC.GetTotalAllocatedBytes(true) / 1e6,12:0}");
    }

    private static int ReadOnly(string file)
    {
        using var stream = File.OpenRead(file);
        var buffer = new byte[1 << 16];
        while (stream.Read(buffer) > 0)
        {
        }

        return 0;
    }

    private static string Child(string name, string file)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(PeakMemory).Assembly.Location);
        }

        foreach (var argument in new[] { "--peak-child", name, file })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var line = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return line;
    }
}
