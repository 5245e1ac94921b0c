namespace CodeTracer.Extract.Specs;

/// <summary>The specs embedded in this assembly (Specs/BuiltIn/*.json), as extractors.</summary>
public static class BuiltInSpecs
{
    private const string Prefix = "CodeTracer.Extract.Specs.BuiltIn.";

    public static IReadOnlyList<SpecExtractor> All() =>
    [
        .. typeof(BuiltInSpecs).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => SpecExtractor.FromJson(ReadResource(n))),
    ];

    public static SpecExtractor? Find(string id) => All().FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    private static string ReadResource(string name)
    {
        using var stream = typeof(BuiltInSpecs).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
