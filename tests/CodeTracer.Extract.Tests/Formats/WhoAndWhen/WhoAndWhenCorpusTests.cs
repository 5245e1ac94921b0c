using System.Globalization;
using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.WhoAndWhen;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.WhoAndWhen;

public sealed class WhoAndWhenCorpusTests
{
    public static TheoryData<string> Runs => ExpectedIndex.PathsOf(WhoAndWhenExtractor.FormatId);

    [Fact]
    public void TheCorpusHas129WhoAndWhenRuns() => Assert.Equal(129, ExpectedIndex.OfFormat(WhoAndWhenExtractor.FormatId).Count());


    [Theory]
    [MemberData(nameof(Runs))]
    public void TheMistakeStepPlusOneIsAStepOfTheRunAndItsLabelIsKeptOutOfTheSteps(string path)
    {
        var run = CorpusRuns.ReadSingle(path);
        using var document = JsonDocument.Parse(File.ReadAllText(Corpus.PathOf(path)));
        var mistake = document.RootElement.GetProperty("mistake_step");
        var index = mistake.ValueKind == JsonValueKind.Number ? mistake.GetInt32() : int.Parse(mistake.GetString()!, CultureInfo.InvariantCulture);

        var step = Assert.Single(run.Steps, s => s.Id == index + 1);
        Assert.Equal(index.ToString(CultureInfo.InvariantCulture), step.Anchor);
        var label = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.StartsWith("label: ", StringComparison.Ordinal));
        Assert.StartsWith($"label: mistake_step={mistake.ToString()}, mistake_agent=", label.Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Failed, run.Outcome.Status);
    }

    [Fact]
    public void AnAlgorithmGeneratedRunNamesItsExpertsAndQuestion()
    {
        var run = CorpusRuns.ReadSingle("who-and-when/algorithm-generated/1.json");

        Assert.Equal("who-and-when", run.Format);
        Assert.Equal("ag2-captainagent", run.Agent);
        Assert.StartsWith("This spreadsheet contains a list of clients", run.Task, StringComparison.Ordinal);
        Assert.Equal(["Excel_Expert", "Computer_terminal", "BusinessLogic_Expert"], run.Steps.Take(3).Select(s => s.Tool));
        Assert.All(run.Steps, s => Assert.False(s.HasObservation));
        Assert.All(run.Steps, s => Assert.Null(s.IsError));
        Assert.Equal(new Provenance(run.Path, null, "history[1]", run.Sources[0].Sha256), run.Steps[1].Provenance);
        Assert.Contains(run.Diagnostics, d => d.Message == "label: mistake_step=0, mistake_agent=Excel_Expert, mistake_reason=" +
            "The code failed to handle edge cases in the 'Street Address' data, leading to an incomplete and inaccurate count of even-numbered addresses.");
    }

    [Fact]
    public void AHandCraftedRunIsAMagenticOneRunWithRolesAsTools()
    {
        var run = CorpusRuns.ReadSingle("who-and-when/hand-crafted/1.json");

        Assert.Equal("magentic-one", run.Agent);
        Assert.Equal(["human", "Orchestrator (thought)"], run.Steps.Take(2).Select(s => s.Tool));
        Assert.Equal(run.Steps[^1].Action, run.FinalMessage);
    }
}
