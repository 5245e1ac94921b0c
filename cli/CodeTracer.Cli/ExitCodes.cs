namespace CodeTracer.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs could not be read; the others were still analyzed and reported.</summary>
    public const int SomeInputsFailed = 1;

    public const int Usage = 2;
}
