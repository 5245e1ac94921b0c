using System.Net;

namespace CodeTracer.Testing.Services;

/// <summary>What POST /v1/runs answered: the run id and 201 (a new run) or 200 (bytes already known).</summary>
public sealed record Upload(string RunId, HttpStatusCode Status);
