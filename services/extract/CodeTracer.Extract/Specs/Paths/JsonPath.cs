using System.Text.Json;

namespace CodeTracer.Extract.Specs.Paths;

/// <summary>
/// The JSONPath subset specs use: <c>$</c> (or <c>@</c>), <c>.name</c>, <c>['name']</c>, <c>[n]</c> (negative counts
/// from the end), <c>[*]</c> / <c>.*</c> and <c>[?(filter)]</c>. No recursive descent and no scripts: a path is data
/// that selects, it never runs anything.
/// </summary>
public sealed class JsonPath
{
    private readonly IReadOnlyList<PathSegment> _segments;

    internal JsonPath(string text, IReadOnlyList<PathSegment> segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    /// <summary>True when the path can reach at most one value (no wildcard, no filter).</summary>
    public bool IsSingular => _segments.All(s => s is PathSegment.Property or PathSegment.Index);

    /// <summary>Parses a path; throws <see cref="SpecFormatException"/> with the position of what is wrong.</summary>
    public static JsonPath Parse(string text) => new PathParser(text).ParsePath();

    public IEnumerable<PathMatch> Select(JsonElement root, string location = "")
    {
        IEnumerable<PathMatch> current = [new PathMatch(root, location)];
        foreach (var segment in _segments)
        {
            current = current.SelectMany(m => Step(m, segment));
        }

        return current;
    }

    /// <summary>The first value the path reaches that is not JSON null, if any.</summary>
    public JsonElement? First(JsonElement root)
    {
        foreach (var match in Select(root))
        {
            if (match.Value.ValueKind != JsonValueKind.Null)
            {
                return match.Value;
            }
        }

        return null;
    }

    public override string ToString() => Text;

    private static IEnumerable<PathMatch> Step(PathMatch match, PathSegment segment)
    {
        var value = match.Value;
        switch (segment)
        {
            case PathSegment.Property p when value.ValueKind == JsonValueKind.Object && value.TryGetProperty(p.Name, out var child):
                yield return new PathMatch(child, PathMatch.Child(match.Location, p.Name));
                break;
            case PathSegment.Index i when value.ValueKind == JsonValueKind.Array:
                var length = value.GetArrayLength();
                var at = i.Position < 0 ? length + i.Position : i.Position;
                if (at >= 0 && at < length)
                {
                    yield return new PathMatch(value[at], PathMatch.Index(match.Location, at));
                }

                break;
            case PathSegment.Wildcard or PathSegment.Filter:
                foreach (var item in Children(match))
                {
                    if (segment is not PathSegment.Filter f || f.Expression.Holds(item.Value))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }

    private static IEnumerable<PathMatch> Children(PathMatch match)
    {
        if (match.Value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in match.Value.EnumerateArray())
            {
                yield return new PathMatch(item, PathMatch.Index(match.Location, index++));
            }
        }
        else if (match.Value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in match.Value.EnumerateObject())
            {
                yield return new PathMatch(property.Value, PathMatch.Child(match.Location, property.Name));
            }
        }
    }
}
