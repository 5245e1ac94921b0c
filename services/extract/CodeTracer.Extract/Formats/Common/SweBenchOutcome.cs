using System.Text.Json;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Formats.Common;

/// <summary>
/// Outcomes from the SWE-bench harness: a run summary (<c>resolved_ids</c>, <c>unresolved_ids</c>, …) beside the
/// runs, or a per-instance <c>report.json</c> (<c>resolved</c>). The file that decided is returned so it can be cited.
/// </summary>
public static class SweBenchOutcome
{
    private const int HeadBytes = 64 * 1024;

    // Every id list of a harness summary that means "did not resolve"; completed/submitted ids include resolved ones.
    private static readonly string[] NotResolvedLists = ["unresolved_ids", "error_ids", "empty_patch_ids", "incomplete_ids"];

    /// <summary>Looks for a harness summary naming the instance in each folder in turn; the first that names it wins.</summary>
    public static (RunOutcome Outcome, string File)? FromSummaries(string instanceId, IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var summaries = Directory.GetFiles(folder, "*.json")
                .Where(f => !f.EndsWith(".traj.json", StringComparison.OrdinalIgnoreCase) && LooksLikeSummary(f))
                .Order(StringComparer.Ordinal);
            foreach (var summary in summaries)
            {
                if (FromSummary(summary, instanceId) is { } outcome)
                {
                    return (outcome, summary);
                }
            }
        }

        return null;
    }

    /// <summary>Reads a SWE-bench <c>report.json</c>: <c>{resolved}</c> or <c>{instance_id: {resolved}}</c>.</summary>
    public static RunOutcome? FromReport(string reportFile, string instanceId)
    {
        if (!JsonFile.TryLoad(reportFile, out var document, out _))
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            var entry = root.Prop("resolved") is not null ? root
                : root.Prop(instanceId) is { ValueKind: JsonValueKind.Object } byId ? byId
                : root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1 ? root.EnumerateObject().First().Value
                : (JsonElement?)null;
            return entry?.Prop("resolved").AsBool() switch
            {
                true => new RunOutcome(OutcomeStatus.Resolved, reportFile, "resolved: true"),
                false => new RunOutcome(OutcomeStatus.Failed, reportFile, "resolved: false"),
                null => null,
            };
        }
    }

    private static RunOutcome? FromSummary(string summary, string instanceId)
    {
        if (!JsonFile.TryLoad(summary, out var document, out _))
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (Contains(root, "resolved_ids", instanceId))
            {
                return new RunOutcome(OutcomeStatus.Resolved, summary, "listed in resolved_ids");
            }

            return NotResolvedLists.FirstOrDefault(list => Contains(root, list, instanceId)) is { } found
                ? new RunOutcome(OutcomeStatus.Failed, summary, $"listed in {found}")
                : null;
        }
    }

    private static bool Contains(JsonElement root, string list, string instanceId) =>
        root.Prop(list).Items().Any(id => id.ValueKind == JsonValueKind.String && id.GetString() == instanceId);

    // The harness writes its counts first, so a cheap look at the head rules out preds.json and friends.
    private static bool LooksLikeSummary(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var buffer = new byte[HeadBytes];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var head = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
            return head.Contains("\"resolved_ids\"", StringComparison.Ordinal) || head.Contains("\"resolved_instances\"", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
