using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;
using Xunit;

namespace CodeTracer.Testing;

/// <summary>Asserts that an extracted run gives exactly the expected step listing of the corpus.</summary>
public static partial class ExpectedListing
{
    private const int ActionPrefix = 200;

    public static void AssertMatches(ExpectedRun expected, Run run)
    {
        var steps = expected.Steps();
        Assert.Equal(expected.StepCount, run.Steps.Count);
        Assert.Equal(steps.Select(s => s.Anchor), run.Steps.Select(s => s.Anchor));
        Assert.Equal(steps.Select(s => s.Step), run.Steps.Select(s => s.Id));
        Assert.Equal(steps.Select(s => s.Tool), run.Steps.Select(s => s.Tool));
        Assert.Equal(steps.Select(s => s.HasObservation), run.Steps.Select(s => s.HasObservation));
        Assert.Equal(steps.Select(s => s.IsError), run.Steps.Select(s => s.IsError));
        Assert.Equal(expected.StepsWithObservation, run.Steps.Count(s => s.HasObservation));
        foreach (var (want, got) in steps.Zip(run.Steps))
        {
            AssertActionMatches(want, got);
        }
    }

    /// <summary>
    /// The listing's action is the first 200 characters of a Python rendering; JSON arguments may differ in
    /// spacing and in \u escapes, so both sides are compared with white space removed and escapes decoded.
    /// </summary>
    public static void AssertActionMatches(ExpectedStep want, Step got)
    {
        var expected = Squash(want.Action);
        var actual = Squash(got.Action);
        if (want.Action.Length >= ActionPrefix)
        {
            // The cut may fall inside an escape sequence; compare what is surely whole.
            expected = expected[..Math.Max(0, expected.Length - 8)];
            Assert.True(actual.StartsWith(expected, StringComparison.Ordinal),
                $"step {want.Step} ({want.Anchor}): action\n  expected prefix: {expected}\n  actual:          {actual[..Math.Min(actual.Length, expected.Length + 20)]}");
        }
        else
        {
            Assert.True(expected == actual, $"step {want.Step} ({want.Anchor}): action\n  expected: {expected}\n  actual:   {actual}");
        }
    }

    private static string Squash(string text)
    {
        var decoded = UnicodeEscape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
        var builder = new StringBuilder(decoded.Length);
        foreach (var c in decoded.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex UnicodeEscape();
}
