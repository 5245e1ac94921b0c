namespace CodeTracer.Ingest.Endpoints;

/// <summary>One page of runs, newest first, with the total so a client knows when to stop.</summary>
internal sealed record RunListResponse(IReadOnlyList<RunResponse> Items, long Total, int Skip, int Take);
