namespace CodeTracer.Storage.Runs;

/// <summary>
/// Status changes as the pipeline stages make them: forward only, so a redelivered early message cannot undo a
/// later stage's work, except that any stage may reject and a rejected run may start over when resubmitted.
/// </summary>
public static class RunStatusUpdates
{
    /// <summary>Returns false when there is no record or the change would move the run backwards.</summary>
    public static async Task<bool> AdvanceAsync(
        this IRunRepository runs, string runId, RunRecordStatus status, CancellationToken cancellationToken, string? format = null)
    {
        if (await runs.GetAsync(runId, cancellationToken) is not { } record || !CanMove(record.Status, status))
        {
            return false;
        }

        await runs.UpsertAsync(record with { Status = status, Format = format ?? record.Format }, cancellationToken);
        return true;
    }

    public static bool CanMove(RunRecordStatus from, RunRecordStatus to) =>
        to == RunRecordStatus.Rejected || from == RunRecordStatus.Rejected || to > from;
}
