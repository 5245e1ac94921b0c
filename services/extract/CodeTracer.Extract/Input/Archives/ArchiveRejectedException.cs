namespace CodeTracer.Extract.Input.Archives;

/// <summary>An archive that is not unpacked, and why (an entry that would escape, a limit exceeded, a damaged file).</summary>
public sealed class ArchiveRejectedException(string message) : Exception(message);
