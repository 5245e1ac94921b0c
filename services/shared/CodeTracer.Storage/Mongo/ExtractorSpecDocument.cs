using CodeTracer.Storage.Extractors;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace CodeTracer.Storage.Mongo;

/// <summary>
/// A spec version under the id <c>specId@version</c>, so the insert itself refuses a second write of the same
/// version and no read-then-write race can overwrite one.
/// </summary>
internal sealed class ExtractorSpecDocument
{
    [BsonId]
    public required string Id { get; set; }

    public required string SpecId { get; set; }

    public int Version { get; set; }

    public required string Json { get; set; }

    [BsonRepresentation(BsonType.DateTime)]
    public DateTimeOffset CreatedAt { get; set; }

    public static ExtractorSpecDocument From(ExtractorSpec spec) => new()
    {
        Id = $"{spec.SpecId}@{spec.Version}",
        SpecId = spec.SpecId,
        Version = spec.Version,
        Json = spec.Json,
        CreatedAt = spec.CreatedAt,
    };

    public ExtractorSpec ToSpec() => new() { SpecId = SpecId, Version = Version, Json = Json, CreatedAt = CreatedAt };
}
