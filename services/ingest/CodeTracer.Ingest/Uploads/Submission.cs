using CodeTracer.Storage.Runs;

namespace CodeTracer.Ingest.Uploads;

/// <summary>The stored record and whether this upload created it (201) or named a run already stored (200).</summary>
internal sealed record Submission(RunRecord Record, bool Created, long Bytes);
