namespace CodeTracer.Ingest.Uploads;

/// <summary>Thrown by <see cref="SizeLimitedStream"/> so the endpoint can answer 413 whatever was reading the body.</summary>
internal sealed class BodyTooLargeException(long limit) : IOException($"The body is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}
