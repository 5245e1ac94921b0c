namespace CodeTracer.Contracts.Messages;

/// <summary>The pipeline stage that refused a run.</summary>
public enum PipelineStage
{
    /// <summary>Upload or storage of the raw artifact.</summary>
    Ingest,

    /// <summary>Format detection and extraction of steps.</summary>
    Extract,

    /// <summary>Trace tree reconstruction.</summary>
    Tree,

    /// <summary>Failure onset localization.</summary>
    Localize,
}
