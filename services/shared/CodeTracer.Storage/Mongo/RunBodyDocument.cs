using MongoDB.Bson.Serialization.Attributes;

namespace CodeTracer.Storage.Mongo;

/// <summary>A per-run body (a tree, a diagnosis) keyed by run id, so saving again replaces it.</summary>
internal sealed class RunBodyDocument<T>
{
    [BsonId]
    public required string RunId { get; set; }

    public required string ContentHash { get; set; }

    public required T Body { get; set; }
}
