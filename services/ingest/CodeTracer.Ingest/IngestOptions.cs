namespace CodeTracer.Ingest;

/// <summary>The ingest API's settings, bound from the <c>CodeTracer:Ingest</c> configuration section.</summary>
public sealed class IngestOptions
{
    /// <summary>The configuration section hosts bind these options from.</summary>
    public const string Section = "CodeTracer:Ingest";

    /// <summary>256 MiB: a long agent run with its logs and an archive of its workspace fits.</summary>
    public const long DefaultMaxUploadBytes = 256L * 1024 * 1024;

    /// <summary>Keys a client may send in <see cref="HeaderName"/>. Empty leaves the API open (a laptop, <c>codetracer serve</c>).</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>The largest upload or live-step body accepted; larger ones get 413.</summary>
    public long MaxUploadBytes { get; set; } = DefaultMaxUploadBytes;

    /// <summary>
    /// How long a run may stay <c>submitted</c> before a re-upload of its bytes announces it again. Sooner, the
    /// first announcement is most likely still in the pipeline, and announcing again would diagnose and publish
    /// the run twice; later, it was probably lost (e.g. ingest died between storing the record and publishing).
    /// </summary>
    public TimeSpan ResubmitAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The request header that carries the API key.</summary>
    public string HeaderName { get; set; } = "X-Api-Key";
}
