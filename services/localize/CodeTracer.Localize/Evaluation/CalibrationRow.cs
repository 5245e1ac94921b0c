namespace CodeTracer.Localize.Evaluation;

/// <summary>One signal's line of the calibration table: how often it named the onset, how often within 3 steps, and the confidence it stated.</summary>
public sealed record CalibrationRow(string Signal, int Runs, int WithinThree, double StatedConfidence)
{
    public double Rate => Runs == 0 ? 0 : (double)WithinThree / Runs;
}
