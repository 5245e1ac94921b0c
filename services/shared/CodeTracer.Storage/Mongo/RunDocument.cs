using CodeTracer.Contracts.Runs;
using CodeTracer.Storage.Runs;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace CodeTracer.Storage.Mongo;

/// <summary>A run record and its run model in one document; the model is projected out of listings.</summary>
internal sealed class RunDocument
{
    [BsonId]
    public required string RunId { get; set; }

    public required string ContentHash { get; set; }

    public RunRecordStatus Status { get; set; }

    public string? Format { get; set; }

    public string? FileName { get; set; }

    public string? BlobKey { get; set; }

    // A BSON date so listings sort on it; an array-shaped DateTimeOffset would not sort.
    [BsonRepresentation(BsonType.DateTime)]
    public DateTimeOffset CreatedAt { get; set; }

    public Run? Body { get; set; }

    public RunRecord ToRecord() => new()
    {
        RunId = RunId,
        ContentHash = ContentHash,
        Status = Status,
        Format = Format,
        FileName = FileName,
        BlobKey = BlobKey,
        CreatedAt = CreatedAt,
    };
}
