using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.MiniSweAgent;
using CodeTracer.Extract.Input;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.MiniSweAgent;

public sealed class MiniSweAgentDetectionTests
{
    private const string DevRun = "mini-swe-agent/deepseek_chat_dev";

    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats(OurExtractors.Formats);

    public static TheoryData<string> OwnRuns =>
        ExpectedIndex.PathsOf(MiniSweAgentToolCallsExtractor.FormatId, MiniSweAgentTextExtractor.FormatId);

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void OtherFormatsRunsAreRatedBelowOneHalf(string path)
    {
        var candidate = CorpusCandidates.Of(path);

        Assert.True(new MiniSweAgentToolCallsExtractor().Detect(candidate).Confidence < FormatRegistry.MinimumConfidence);
        Assert.True(new MiniSweAgentTextExtractor().Detect(candidate).Confidence < FormatRegistry.MinimumConfidence);
    }

    [Theory]
    [MemberData(nameof(OwnRuns))]
    public void EachRunIsClaimedByItsOwnStyleWithoutATie(string path)
    {
        var match = new FormatRegistry(OurExtractors.All()).Detect(CorpusCandidates.Of(path));

        Assert.NotNull(match);
        Assert.Equal(ExpectedIndex.Get(path).Format, match.Extractor.Id);
        Assert.Empty(match.TiedWith);
    }

    [Theory]
    [InlineData("mini-swe-agent/deepseek_chat_dev/preds.json")]
    [InlineData("mini-swe-agent/deepseek_chat_dev/deepseek__deepseek-chat.deepseek_chat_dev.json")]
    [InlineData("mini-swe-agent/deepseek_chat_dev/exit_statuses_1775793694.7334955.yaml")]
    [InlineData("mini-swe-agent/test_data/results.json")]
    public void RunLevelFilesBesideTheRunsAreNotRuns(string path)
    {
        var candidate = RunCandidate.ForFile(Corpus.PathOf(path));

        Assert.All(OurExtractors.All(), e => Assert.Equal(0, e.Detect(candidate).Confidence));
    }

    [Fact]
    public void AnInstanceFolderHoldingItsNamesakeTrajectoryIsOneRun()
    {
        var folder = RunCandidate.ForDirectory(Corpus.PathOf(DevRun + "/pydicom__pydicom-1256"));

        var result = new MiniSweAgentToolCallsExtractor().Detect(folder);

        Assert.True(result.Confidence >= 0.9, result.Evidence);
        Assert.Contains("instance folder", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void ABatchFolderIsNotARunButEachInstanceFolderUnderItIs()
    {
        var discovered = new RunDiscovery(new FormatRegistry(OurExtractors.All())).Discover(Corpus.PathOf(DevRun)).ToList();

        var runs = discovered.Where(d => d.Kind == DiscoveredKind.Matched).Select(d => Path.GetRelativePath(Corpus.Root, d.Path));
        Assert.Equal(ExpectedIndex.All.Where(r => r.Path.StartsWith(DevRun + "/", StringComparison.Ordinal)).Select(r => r.Path).Order(), runs.Order());
    }

    [Fact]
    public void AFolderWhoseTrajectoryIsNamedOtherwiseIsNotClaimed()
    {
        using var temp = new TempFolder();
        var copy = temp.CopyFromCorpus("mini-swe-agent/test_data/local.traj.json");
        var folder = Path.Combine(temp.Path, "some-instance");
        Directory.CreateDirectory(folder);
        File.Copy(copy, Path.Combine(folder, "other-instance.traj.json"));

        Assert.Equal(0, new MiniSweAgentTextExtractor().Detect(RunCandidate.ForDirectory(folder)).Confidence);
    }

    [Fact]
    public void ATrajectoryFileNamedDirectlyIsARunOfItsOwn()
    {
        var file = Corpus.PathOf(DevRun + "/pydicom__pydicom-1256/pydicom__pydicom-1256.traj.json");

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(file, run.Path);
        Assert.Equal(49, run.Steps.Count);
        Assert.Equal(Contracts.Runs.OutcomeStatus.Resolved, run.Outcome.Status);
    }
}
