using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract;

/// <summary>The extractors that ship with CodeTracer.</summary>
public static class BuiltInFormats
{
    public static IReadOnlyList<IFormatExtractor> All() =>
    [
    ];

    public static FormatRegistry Registry() => new(All());
}
