namespace CodeTracer.Storage;

/// <summary>One page of a listing and how many items the whole listing holds.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total)
{
    /// <summary>The most items one page returns, whatever was asked, so one request cannot read the whole store.</summary>
    public const int MaxTake = 500;
}
