namespace CodeTracer.Extract.Detection;

/// <summary>An input that could not be read as a run, and what a user can do about it.</summary>
public sealed record RunError(string Path, string Error);
