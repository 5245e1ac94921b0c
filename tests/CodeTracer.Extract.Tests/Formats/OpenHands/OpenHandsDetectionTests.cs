using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.OpenHandsCompletions;
using CodeTracer.Extract.Input;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.OpenHands;

public sealed class OpenHandsDetectionTests
{
    private const string EvalRun = "openhands/swebench_verified_claude-3-5-sonnet_run1";

    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats(OpenHandsFormats.Ids);

    public static TheoryData<string> OwnInputs
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in ExpectedIndex.OfFormat(OpenHandsFormats.Ids).Select(r => r.Path.Split('#')[0]).Distinct(StringComparer.Ordinal))
            {
                data.Add(path);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void OtherFormatsInputsAreRatedBelowOneHalfByEveryOpenHandsExtractor(string path)
    {
        var candidate = CorpusCandidates.Of(path);

        Assert.All(OpenHandsFormats.All(), e => Assert.True(e.Detect(candidate).Confidence < FormatRegistry.MinimumConfidence, e.Id));
    }

    [Theory]
    [MemberData(nameof(OwnInputs))]
    public void EachOpenHandsInputIsClaimedByItsOwnExtractorWithoutATieAndOthersRateItBelowOneHalf(string path)
    {
        var candidate = CorpusCandidates.Of(path);
        var format = ExpectedIndex.All.First(r => r.Path.Split('#')[0] == path).Format;

        var match = BuiltInFormats.Registry().Detect(candidate);

        Assert.NotNull(match);
        Assert.Equal(format, match.Extractor.Id);
        Assert.Empty(match.TiedWith);
        var others = BuiltInFormats.All().Where(e => !OpenHandsFormats.Ids.Contains(e.Id));
        Assert.All(others, e => Assert.True(e.Detect(candidate).Confidence < FormatRegistry.MinimumConfidence, e.Id));
    }

    [Theory]
    [InlineData(EvalRun + "/metadata.json")]
    [InlineData(EvalRun + "/output.swebench_eval.md")]
    [InlineData("openhands/gorilla_codeact_gpt-4o/metadata_tf.json")]
    [InlineData("openhands/multi_swe_bench_example/config.json")]
    [InlineData("openhands/multi_swe_bench_example/patch.jsonl")]
    [InlineData("openhands/session_filestore/sessions/3396c6f9bc024b81ad9bd57d9b9a6768/metadata.json")]
    [InlineData("openhands-sdk/conversations/cd94562403b9487ebdd4018e3f531dfd/base_state.json")]
    public void FilesBesideTheRunsAreNotRuns(string path)
    {
        var candidate = RunCandidate.ForFile(Corpus.PathOf(path));

        Assert.All(OpenHandsFormats.All(), e => Assert.True(e.Detect(candidate).Confidence < FormatRegistry.MinimumConfidence, e.Id));
    }

    [Fact]
    public void AnEvalRunFolderIsNotARunButEachInstanceFolderUnderLlmCompletionsIs()
    {
        var discovered = new RunDiscovery(BuiltInFormats.Registry()).Discover(Corpus.PathOf(EvalRun)).ToList();

        var runs = discovered.Where(d => d.Kind == DiscoveredKind.Matched).Select(d => Path.GetRelativePath(Corpus.Root, d.Path));
        var expected = ExpectedIndex.OfFormat(OpenHandsLlmCompletionsExtractor.FormatId).Select(r => r.Path);
        Assert.Equal(expected.Order(), runs.Order());
    }

    [Fact]
    public void TheSessionsFolderOfAFileStoreYieldsOneRunPerSession()
    {
        var result = RunReader.CreateDefault().Read(Corpus.PathOf("openhands/session_filestore/sessions"));

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Runs.Count);
        Assert.All(result.Runs, r => Assert.Equal("openhands-filestore-events", r.Format));
    }
}
