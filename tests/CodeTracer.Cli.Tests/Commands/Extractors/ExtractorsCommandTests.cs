using CodeTracer.Cli.Tests.Commands.Analyze;
using CodeTracer.Extract.Specs;
using CodeTracer.Testing;

namespace CodeTracer.Cli.Tests.Commands.Extractors;

public sealed class ExtractorsCommandTests : IDisposable
{
    private const string MiniRun = "mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256";
    private readonly TempFolder _temp = new();

    private string Store => Path.Combine(_temp.Path, "store.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task ListShowsBuiltInsShippedAndStoredSpecsWithFingerprints()
    {
        await SpecStoreWith("""
            {"id": "spec-acme", "version": 1, "fingerprints": {"file_names": ["*.acme.json"]},
             "source": {"records": "$.events[*]"}, "steps": {"action": "$.cmd"}}
            """);

        var run = await CliRun.Of("extractors", "list", "--store", Store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("claude-code-stream-json  v", run.Output, StringComparison.Ordinal);
        Assert.Contains("spec-mini-swe-agent-v2-toolcalls  v1  (shipped spec)", run.Output, StringComparison.Ordinal);
        Assert.Contains("spec-acme  v1  (stored spec)", run.Output, StringComparison.Ordinal);
        Assert.Contains("    file name *.acme.json", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowPrintsASpecsJsonAndABuiltInsFingerprints()
    {
        var spec = await CliRun.Of("extractors", "show", "spec-mini-swe-agent-v2-toolcalls", "--store", Store);
        var builtIn = await CliRun.Of("extractors", "show", "mini-swe-agent-v2-toolcalls", "--store", Store);
        var unknown = await CliRun.Of("extractors", "show", "nope", "--store", Store);

        Assert.Equal(BuiltInSpecs.Find("spec-mini-swe-agent-v2-toolcalls")!.Json.Trim(), spec.Output.Trim());
        Assert.Contains("mini-swe-agent-v2-toolcalls (built-in, version 1)", builtIn.Output, StringComparison.Ordinal);
        Assert.Contains("  - file *.traj.json", builtIn.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, unknown.ExitCode);
    }

    [Fact]
    public async Task TestRunsASpecFileOnAnInputAndPrintsTheFirstSteps()
    {
        var specFile = Path.Combine(_temp.Path, "mini.json");
        await File.WriteAllTextAsync(specFile, BuiltInSpecs.Find("spec-mini-swe-agent-v2-toolcalls")!.Json);

        var run = await CliRun.Of("extractors", "test", specFile, Corpus.PathOf(MiniRun));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"steps     {ExpectedIndex.Get(MiniRun).StepCount} in 1 run(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("valid     yes", run.Output, StringComparison.Ordinal);
        Assert.Contains(ExpectedIndex.Get(MiniRun).Steps()[0].Anchor, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestSaysWhyASpecIsInvalid()
    {
        var specFile = _temp.Write("bad.json", """
            {"id": "spec-bad", "version": 1, "fingerprints": {"file_names": ["*.traj.json"]}, "source": {"files": ["{folder}.traj.json"], "records": "$.messages[*]"},
             "steps": {"select": "@.role == 'robot'", "action": "$.content"}}
            """);

        var run = await CliRun.Of("extractors", "test", specFile, Corpus.PathOf(MiniRun));

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Contains("valid     no", run.Output, StringComparison.Ordinal);
        Assert.Contains("  - no step found", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeWithASpecReadsTheInputWithIt()
    {
        var specFile = Path.Combine(_temp.Path, "mini.json");
        await File.WriteAllTextAsync(specFile, BuiltInSpecs.Find("spec-mini-swe-agent-v2-toolcalls")!.Json);

        var run = await CliRun.Of("analyze", Corpus.PathOf(MiniRun), "--spec", specFile, "--json");

        Assert.Equal(0, run.ExitCode);
        var only = Assert.Single(run.Json().GetProperty("runs").EnumerateArray());
        Assert.Equal("spec-mini-swe-agent-v2-toolcalls", only.GetProperty("format").GetString());
        Assert.Equal(ExpectedIndex.Get(MiniRun).StepCount, only.GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public async Task AnalyzeReadsAnArchiveAndNamesPathsInsideIt()
    {
        var archive = Path.Combine(_temp.Path, "upload.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(Corpus.PathOf(MiniRun), archive, System.IO.Compression.CompressionLevel.Fastest, includeBaseDirectory: true);

        var run = await CliRun.Of("analyze", archive, "--json");

        Assert.Equal(0, run.ExitCode);
        var only = Assert.Single(run.Json().GetProperty("runs").EnumerateArray());
        Assert.Equal($"{archive}!/pydicom__pydicom-1256", only.GetProperty("path").GetString());
    }

    private async Task SpecStoreWith(string json) =>
        await CodeTracer.Cli.Commands.Extractors.SpecStore.Open(Store).SaveAsync(SpecExtractor.FromJson(json), CancellationToken.None);
}
