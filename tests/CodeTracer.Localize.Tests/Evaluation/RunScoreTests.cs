using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Localize.Evaluation;

namespace CodeTracer.Localize.Tests.Evaluation;

public sealed class RunScoreTests
{
    private static readonly FailureLabel Label = new("r", 10, new StepRef(4, "a4"), [4, 6, 8], [], "incorrect_hypothesis", "medium");

    [Fact]
    public void PrecisionRecallAndF1AreComputedOnTheIncorrectSteps()
    {
        var score = RunScore.Of(Label, new Prediction(5, [4, 5]));
        Assert.Equal(0.5, score.Precision, 3);
        Assert.Equal(1.0 / 3, score.Recall, 3);
        Assert.Equal(0.4, score.F1, 3);
        Assert.Equal(1, score.OnsetDistance);
    }

    [Fact]
    public void NoPredictionScoresZeroAndMissesTheOnset()
    {
        var score = RunScore.Of(Label, new Prediction(null, []));
        Assert.Equal(0, score.F1);
        Assert.Null(score.OnsetDistance);
        Assert.Equal(0, MethodSummary.Of("m", [score]).OnsetWithin3);
    }

    [Fact]
    public void ALabelLineIsReadWithItsOnsetAndChain()
    {
        var label = LabelReader.Parse("""{"source": "s", "run_id": "r", "path": "s/r", "step_count": 5, "onset": {"step": 2, "anchor": "x"}, "incorrect": [{"step": 2, "anchor": "x"}, {"step": 4, "anchor": "y"}], "unuseful": [], "error_type": "other: z", "confidence": "high"}""");
        Assert.Equal(new StepRef(2, "x"), label.Onset);
        Assert.Equal([2, 4], label.Incorrect);
    }
}
