namespace CodeTracer.Storage.Runs;

/// <summary>How far a run has gone through the pipeline.</summary>
public enum RunRecordStatus
{
    Submitted,
    Extracted,
    TreeBuilt,
    Localized,
    Rejected,
}
