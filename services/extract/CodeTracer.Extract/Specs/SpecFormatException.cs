namespace CodeTracer.Extract.Specs;

/// <summary>A spec that cannot be read: bad JSON, an unknown option, a path or pattern that does not parse.</summary>
public sealed class SpecFormatException(string message) : Exception(message);
