namespace CodeTracer.Extract.Detection;

/// <summary>
/// Adds up the weighted clues a detector finds and keeps the words that explain the total, so every extractor's
/// confidence comes with evidence a person can check against the file.
/// </summary>
public sealed class DetectionScore(double start = 0, params string[] seen)
{
    private readonly List<string> _evidence = [.. seen];

    public double Value { get; private set; } = start;

    public string Evidence => string.Join("; ", _evidence);

    public void Add(bool seen, double weight, string what)
    {
        if (seen)
        {
            Value += weight;
            _evidence.Add(what);
        }
    }

    /// <summary>Records a finding that explains the score without changing it.</summary>
    public void Note(string what) => _evidence.Add(what);

    /// <summary>The total, capped at 1, times how well the input fits what the calling extractor reads.</summary>
    public DetectionResult Result(double fit = 1.0) => new(Math.Round(Math.Min(Value, 1.0) * fit, 3), Evidence);
}
