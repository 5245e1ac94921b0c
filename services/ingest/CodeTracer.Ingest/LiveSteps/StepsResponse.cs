namespace CodeTracer.Ingest.LiveSteps;

/// <summary>What a live-steps post did: steps read, how many were new, and where the run now ends.</summary>
internal sealed record StepsResponse(string RunId, int Received, int Appended, int? FirstSequence, int? LastSequence, int RunLastSequence);
