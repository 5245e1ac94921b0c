namespace CodeTracer.Extract.Specs.Model;

/// <summary>
/// The format's error signal. Without an observation it is null. Else: exit code != 0 when
/// <see cref="FromExitCode"/> and a code was read; else the first rule that decides (rules carry a <c>test</c>).
/// </summary>
public sealed record SpecIsError
{
    public bool FromExitCode { get; init; }

    public SpecValue? Rules { get; init; }
}
