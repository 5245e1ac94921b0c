namespace CodeTracer.Contracts.Runs;

public sealed record TokenUsage(long? Input, long? Output, long? CacheRead = null, long? CacheWrite = null);
