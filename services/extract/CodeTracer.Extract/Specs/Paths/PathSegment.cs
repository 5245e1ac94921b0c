namespace CodeTracer.Extract.Specs.Paths;

/// <summary>One step of a path: a property, an index, every child, or the children a filter keeps.</summary>
internal abstract record PathSegment
{
    public sealed record Property(string Name) : PathSegment;

    public sealed record Index(int Position) : PathSegment;

    public sealed record Wildcard : PathSegment;

    public sealed record Filter(FilterExpression Expression) : PathSegment;
}
