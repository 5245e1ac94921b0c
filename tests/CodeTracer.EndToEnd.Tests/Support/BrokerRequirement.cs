using CodeTracer.Testing.Services;

namespace CodeTracer.EndToEnd.Tests.Support;

/// <summary>Skips a test (printing why) when no broker runs here, unless CI requires one.</summary>
public static class BrokerRequirement
{
    /// <summary>Set by .ci/run: a missing broker then fails the tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CODETRACER_E2E_REQUIRED") == "1";

    public static void RequireOrSkip()
    {
        if (Broker.Unavailable() is { } why)
        {
            if (Required)
            {
                throw new InvalidOperationException(why);
            }

            Skip.If(true, why);
        }
    }
}
