using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.OtelGenAiSpans;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.OtelGenAiSpans;

public sealed class OtelGenAiSpansEdgeTests
{
    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats();

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void NoCorpusRunIsRatedAtOneHalf(string path) =>
        Assert.True(new OtelGenAiSpansExtractor().Detect(CorpusCandidates.Of(path)).Confidence < FormatRegistry.MinimumConfidence);

    [Fact]
    public void OnlyThisExtractorClaimsTheFixtures()
    {
        foreach (var file in new[] { OtelGenAiSpansFixtureTests.Trace, OtelGenAiSpansFixtureTests.Traces })
        {
            var candidate = RunCandidate.ForFile(file);

            Assert.Equal(OtelGenAiSpansExtractor.FormatId, BuiltInFormats.Registry().Detect(candidate)?.Extractor.Id);
            Assert.All(BuiltInFormats.All().Where(e => e.Id != OtelGenAiSpansExtractor.FormatId),
                e => Assert.True(e.Detect(candidate).Confidence < FormatRegistry.MinimumConfidence, e.Id));
        }
    }

    [Fact]
    public void ATruncatedLineOfAJsonLinesExportKeepsTheTracesBeforeIt()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "spans.jsonl");
        File.Copy(OtelGenAiSpansFixtureTests.Traces, file);
        DamagedCopy.CutInLine(file, 1);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        Assert.Equal(3, run.Steps.Count);
        var damage = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((file, 2L), (damage.File, damage.Line!.Value));
    }

    [Fact]
    public void ATruncatedJsonExportIsReportedWithFileAndPosition()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "spans.json");
        File.Copy(OtelGenAiSpansFixtureTests.Trace, file);
        DamagedCopy.CutAt(file, 0.5);

        var result = RunReader.CreateDefault().Read(file);

        Assert.Empty(result.Runs);
        Assert.StartsWith($"{file}: not valid JSON, parsing stopped at line ", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData(DamagedCopy.LfsPointer, "Git LFS pointer")]
    [InlineData("{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"name\": \"GET /\"}]}]}]}", "no OpenTelemetry span with gen_ai.operation.name")]
    public void EmptyLfsAndWrongShapeFilesAreClearErrors(string content, string message)
    {
        using var temp = new TempFolder();
        var file = temp.Write("spans.json", content);

        var result = RunReader.CreateDefault().Read(file, OtelGenAiSpansExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains(message, Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }
}
