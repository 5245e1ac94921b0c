using System.Text.RegularExpressions;
using CodeTracer.Storage.Runs;

namespace CodeTracer.Ingest.LiveSteps;

/// <summary>
/// Live run ids are chosen by the client (a session id, <c>live-&lt;uuid&gt;</c>…) because a live run has no
/// content to hash yet. The <c>run-</c> prefix stays reserved for content-addressed uploads, so a live stream
/// can never mix its steps into an uploaded run.
/// </summary>
internal static partial class LiveRunIds
{
    public static bool IsValid(string id) => !id.StartsWith(RunIds.Prefix, StringComparison.Ordinal) && Shape().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,127}$")]
    private static partial Regex Shape();
}
