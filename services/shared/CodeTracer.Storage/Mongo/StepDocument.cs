using CodeTracer.Contracts.Runs;
using MongoDB.Bson;

namespace CodeTracer.Storage.Mongo;

/// <summary>One live step; <see cref="Seq"/> is unique per run (see <see cref="MongoIndexes"/>).</summary>
internal sealed class StepDocument
{
    public ObjectId Id { get; set; }

    public required string RunId { get; set; }

    public int Seq { get; set; }

    public required Step Step { get; set; }
}
