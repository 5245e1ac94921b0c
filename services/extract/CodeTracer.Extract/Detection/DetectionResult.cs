namespace CodeTracer.Extract.Detection;

/// <summary>How sure an extractor is that it can read an input, and why.</summary>
public sealed record DetectionResult(double Confidence, string Evidence)
{
    public static DetectionResult No(string why) => new(0, why);

    public static DetectionResult No() => new(0, "");
}
