using CodeTracer.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace CodeTracer.Storage.Tests.Mongo;

/// <summary>The indexes idempotency rests on, rendered as the server would receive them.</summary>
public sealed class MongoIndexesTests
{
    public MongoIndexesTests() => MongoMappings.Register();

    private static (BsonDocument Keys, bool Unique) Render<T>(CreateIndexModel<T> index) =>
        (index.Keys.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry)),
         index.Options?.Unique == true);

    [Fact]
    public void RunsAreUniqueByRunIdAndContentHash() =>
        Assert.Equal((BsonDocument.Parse("{ _id: 1, contentHash: 1 }"), true), Render(MongoIndexes.Runs[0]));

    [Fact]
    public void RunsAreListedNewestFirstFromAnIndex() =>
        Assert.Equal((BsonDocument.Parse("{ createdAt: -1, _id: 1 }"), false), Render(MongoIndexes.Runs[1]));

    [Fact]
    public void StepsAreUniqueByRunIdAndSequence() =>
        Assert.Equal((BsonDocument.Parse("{ runId: 1, seq: 1 }"), true), Render(MongoIndexes.Steps[0]));

    [Fact]
    public void SpecsAreUniqueByIdAndVersion() =>
        Assert.Equal((BsonDocument.Parse("{ specId: 1, version: 1 }"), true), Render(MongoIndexes.ExtractorSpecs[0]));

    [Fact]
    public void MemoryIsUniqueByFrameworkAndKeyAndRankedFromAnIndex()
    {
        Assert.Equal((BsonDocument.Parse("{ framework: 1, key: 1 }"), true), Render(MongoIndexes.Memory[0]));
        Assert.Equal(
            (BsonDocument.Parse("{ framework: 1, relevance: -1, occurrences: -1, key: 1 }"), false),
            Render(MongoIndexes.Memory[1]));
    }
}
