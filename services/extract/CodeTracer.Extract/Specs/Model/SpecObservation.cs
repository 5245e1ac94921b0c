namespace CodeTracer.Extract.Specs.Model;

/// <summary>
/// A step's result: either read directly (<see cref="Text"/> rules on the item or record), or from another record
/// joined by id (<see cref="Join"/>), whose element then is the <c>observation</c> scope.
/// </summary>
public sealed record SpecObservation
{
    public SpecJoin? Join { get; init; }

    public SpecValue? Text { get; init; }

    /// <summary>lines format: the lines after a step line, up to the next step line, are its observation.</summary>
    public bool FollowingLines { get; init; }
}
