using System.Text.Json;
using CodeTracer.Testing;

namespace CodeTracer.Cli.Tests.Commands.Analyze;

public sealed class AnalyzeCommandTests
{
    private static readonly string Sample = Repository.PathOf("samples/claude-code-wrong-fix.jsonl");

    [Fact]
    public async Task TheShippedSampleIsAnalyzedAsOneClaudeCodeRun()
    {
        var run = await CliRun.Of("analyze", Sample, "--json");

        Assert.Equal(0, run.ExitCode);
        var only = Assert.Single(run.Json().GetProperty("runs").EnumerateArray());
        Assert.Equal("claude-code-stream-json", only.GetProperty("format").GetString());
        Assert.Equal("claude-sonnet-4-5", only.GetProperty("model").GetString());
        var steps = only.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["toolu_01A", "toolu_01B", "toolu_01C", "toolu_01D", "toolu_01E", "toolu_01F", "toolu_01G", "toolu_01H"],
            steps.Select(s => s.GetProperty("anchor").GetString()));
        Assert.Equal(["explore", "explore", "explore", "explore", "change", "explore", "change", "explore"],
            steps.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal("python -m pytest -q", steps[3].GetProperty("action").GetString());
        Assert.True(steps[3].GetProperty("is_error").GetBoolean());
        Assert.Empty(run.Json().GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task TheJsonDiagnosisCarriesStageReplayAndTheProvenanceOfItsEvidence()
    {
        var run = await CliRun.Of("analyze", Sample, "--json");

        var diagnosis = Assert.Single(run.Json().GetProperty("runs").EnumerateArray()).GetProperty("diagnosis");
        Assert.Equal(5, diagnosis.GetProperty("onset").GetProperty("step").GetInt32());
        Assert.Equal(2, diagnosis.GetProperty("suspicious_stage").GetInt32());
        Assert.Equal(4, diagnosis.GetProperty("replay").GetProperty("resume_from_step").GetInt32());
        Assert.Equal(JsonValueKind.Null, diagnosis.GetProperty("fallback_reason").ValueKind);
        Assert.Equal(0, diagnosis.GetProperty("cost").GetProperty("input_tokens").GetInt64());
        var edit = Assert.Single(diagnosis.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("signal").GetString() == "product-edit");
        Assert.Equal([9, 13], edit.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task TheSummaryNamesFormatOutcomeStepsAndOnset()
    {
        var run = await CliRun.Of("analyze", Sample);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("format   claude-code-stream-json", run.Output, StringComparison.Ordinal);
        Assert.Contains("steps    8 (6 explore, 2 change)", run.Output, StringComparison.Ordinal);
        Assert.Contains("onset    step ", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 run(s) analyzed, 0 error(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileInNoKnownFormatIsAnErrorAndTheExitCodeSaysSo()
    {
        using var temp = new TempFolder();
        var notes = temp.Write("notes.json", """{"hello": "world"}""");

        var run = await CliRun.Of("analyze", notes, "--json");

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        var error = Assert.Single(run.Json().GetProperty("errors").EnumerateArray());
        Assert.Equal(notes, error.GetProperty("path").GetString());
        Assert.StartsWith("not in any known trajectory format", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(run.Json().GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public async Task ABrokenRunBesideAGoodOneDoesNotCostTheGoodOne()
    {
        using var temp = new TempFolder();
        File.Copy(Sample, Path.Combine(temp.Path, "good.jsonl"));
        temp.Write("empty.traj.json", "");
        temp.Write("pointer.traj", "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 12345\n");

        var run = await CliRun.Of("analyze", temp.Path, "--json");

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        var json = run.Json();
        Assert.Equal(8, Assert.Single(json.GetProperty("runs").EnumerateArray()).GetProperty("step_count").GetInt32());
        var errors = json.GetProperty("errors").EnumerateArray().ToDictionary(
            e => Path.GetFileName(e.GetProperty("path").GetString()!), e => e.GetProperty("error").GetString()!);
        Assert.StartsWith("empty file", errors["empty.traj.json"], StringComparison.Ordinal);
        Assert.StartsWith("Git LFS pointer", errors["pointer.traj"], StringComparison.Ordinal);
        Assert.Contains("empty.traj.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingPathIsReportedNotThrown()
    {
        var run = await CliRun.Of("analyze", "/nonexistent/codetracer/run", "--json");

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Equal("no such file or folder", Assert.Single(run.Json().GetProperty("errors").EnumerateArray()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task AnUnknownFormatOverrideListsTheKnownOnes()
    {
        var run = await CliRun.Of("analyze", Sample, "--format", "no-such-format", "--json");

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        var error = Assert.Single(run.Json().GetProperty("errors").EnumerateArray()).GetProperty("error").GetString();
        Assert.StartsWith("unknown format 'no-such-format'; known: ", error, StringComparison.Ordinal);
        Assert.Contains("claude-code-stream-json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzingWritesNothingIntoTheInputFolder()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyFromCorpus("terminal-bench-kimi-k2.5/prove-plus-comm__YDACMLN");
        var before = Snapshot(folder);

        await CliRun.Of("analyze", folder, "--json");
        await CliRun.Of("analyze", folder);

        Assert.Equal(before, Snapshot(folder));
    }

    [Fact]
    public async Task TheWholeCorpusIsAnalyzedWithoutAnUnhandledException()
    {
        var run = await CliRun.Of("analyze", Corpus.Root, "--json");

        var json = run.Json();
        var runs = json.GetProperty("runs").EnumerateArray().ToList();
        var analyzed = runs.Select(r => Path.GetRelativePath(Corpus.Root, r.GetProperty("path").GetString()!)).ToHashSet();
        Assert.All(ExpectedIndex.All, row => Assert.Contains(row.Path, analyzed));
        Assert.DoesNotContain(json.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("error").GetString()!.Contains("extractor failed", StringComparison.Ordinal));
        Assert.DoesNotContain(json.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("error").GetString()!.StartsWith("analysis failed", StringComparison.Ordinal));
    }


    private static SortedDictionary<string, (long, DateTime)> Snapshot(string folder) => new(
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).ToDictionary(
            p => p, p => (File.Exists(p) ? new FileInfo(p).Length : -1, File.GetLastWriteTimeUtc(p))),
        StringComparer.Ordinal);
}
