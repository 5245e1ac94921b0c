namespace CodeTracer.Contracts.Runs;

/// <summary>
/// Where a step came from in the raw bytes: the file, the 1-based line (for line-oriented files) or a JSON
/// pointer-like location, and the SHA-256 of the whole file so the claim can be checked later.
/// </summary>
public sealed record Provenance(string File, long? Line, string? Location, string FileSha256);
