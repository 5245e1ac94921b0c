using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Uploads;

/// <summary>The one run an upload held, or why it could not be read, in words the user can act on.</summary>
public sealed record UploadReadResult(Run? Run, string? RejectionReason)
{
    public static UploadReadResult Of(Run run) => new(run, null);

    public static UploadReadResult Rejected(string reason) => new(null, reason);
}
