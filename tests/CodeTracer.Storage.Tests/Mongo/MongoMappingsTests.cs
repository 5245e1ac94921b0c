using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Trees;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Mongo;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Tests.Support;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace CodeTracer.Storage.Tests.Mongo;

/// <summary>
/// What the Mongo provider stores, checked without a server: BsonSerializer is the same code the driver runs,
/// so a body that survives these round trips survives the database.
/// </summary>
public sealed class MongoMappingsTests
{
    public MongoMappingsTests() => MongoMappings.Register();

    private static T RoundTrip<T>(T value, out BsonDocument stored)
    {
        stored = value.ToBsonDocument();
        return BsonSerializer.Deserialize<T>(stored);
    }

    [Fact]
    public void GuidsAreStoredInTheStandardRepresentation()
    {
        var serializer = Assert.IsType<GuidSerializer>(BsonSerializer.LookupSerializer<Guid>());

        Assert.Equal(GuidRepresentation.Standard, serializer.GuidRepresentation);
    }

    [Fact]
    public void RegisteringTwiceIsHarmless() => MongoMappings.Register();

    [Fact]
    public void ARunDocumentRoundTripsWithItsModelLosslessly()
    {
        var record = Samples.Record("a") with { Status = RunRecordStatus.Extracted };
        var document = new RunDocument
        {
            RunId = record.RunId,
            ContentHash = record.ContentHash,
            Status = record.Status,
            FileName = record.FileName,
            CreatedAt = record.CreatedAt,
            Body = Samples.Run(),
        };

        var back = RoundTrip(document, out var stored);

        Assert.Equal(record.RunId, stored["_id"].AsString);
        Assert.Equal("Extracted", stored["status"].AsString);
        Assert.Equal(BsonType.DateTime, stored["createdAt"].BsonType);
        Assert.Equal("claude-code-stream-json", stored["body"]["format"].AsString);
        Assert.Equal(Samples.Json(Samples.Run()), Samples.Json(back.Body));
        Assert.Equal(record with { BlobKey = null }, back.ToRecord());
    }

    [Fact]
    public void AStepDocumentRoundTripsLosslessly()
    {
        var step = Samples.Run().Steps[1];

        var back = RoundTrip(new StepDocument { RunId = "run-1", Seq = step.Id, Step = step }, out var stored);

        Assert.Equal(2, stored["seq"].AsInt32);
        Assert.Equal(Samples.Json(step), Samples.Json(back.Step));
    }

    [Fact]
    public void ATreeStoresItsIntKeyedKindsAsPairsAndLeavesTheCountsOut()
    {
        var back = RoundTrip(new RunBodyDocument<TraceTree> { RunId = "run-1", ContentHash = "h", Body = Samples.Tree() }, out var stored);

        var body = stored["body"].AsBsonDocument;
        Assert.Equal(["roots", "kinds", "stages", "fileChanges"], body.Names);
        Assert.Equal(new BsonDocument { ["k"] = 2, ["v"] = "Change" }, body["kinds"].AsBsonArray[1]);
        Assert.Equal(Samples.Json(Samples.Tree()), Samples.Json(back.Body));
    }

    [Fact]
    public void ATreeSixHundredChangesDeepIsStoredFlatAndReadsBackWhole()
    {
        // Each change is a child of the step before it: nested, this tree would be 1,200 BSON levels deep, and
        // MongoDB refuses documents past 100.
        TraceNode? chain = null;
        for (var id = 600; id >= 1; id--)
        {
            chain = new TraceNode(id, StepKind.Change, chain is null ? [] : [chain, new TraceNode(1000 + id, StepKind.Explore, [])]);
        }

        var tree = new TraceTree([chain!, new TraceNode(2000, StepKind.Explore, [])], new Dictionary<int, StepKind> { [1] = StepKind.Change });

        var back = RoundTrip(new RunBodyDocument<TraceTree> { RunId = "run-1", ContentHash = "h", Body = tree }, out var stored);

        var roots = stored["body"]["roots"].AsBsonArray;
        Assert.Equal(1200, roots.Count);
        Assert.Equal(new BsonDocument { ["stepId"] = 2, ["kind"] = "Change", ["parent"] = 0 }, roots[1]);
        Assert.Equal(new BsonDocument { ["stepId"] = 2000, ["kind"] = "Explore", ["parent"] = -1 }, roots[^1]);
        Assert.Equal(PreOrder(tree.Roots), PreOrder(back.Body.Roots));
    }

    /// <summary>The tree as (step, kind, child count) in pre-order: equal lists mean equal trees, at any depth.</summary>
    private static List<(int, StepKind, int)> PreOrder(IReadOnlyList<TraceNode> roots)
    {
        var order = new List<(int, StepKind, int)>();
        var pending = new Stack<TraceNode>(roots.Reverse());
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            order.Add((node.StepId, node.Kind, node.Children.Count));
            foreach (var child in node.Children.Reverse())
            {
                pending.Push(child);
            }
        }

        return order;
    }

    [Fact]
    public void ATreeStoresStagesWithNamedPhasesAndNestedStatesAndLeavesStepCountOut()
    {
        var back = RoundTrip(new RunBodyDocument<TraceTree> { RunId = "run-1", ContentHash = "h", Body = Samples.Tree() }, out var stored);

        var stage = stored["body"]["stages"].AsBsonArray[1].AsBsonDocument;
        Assert.Equal("Patching", stage["phase"].AsString);
        Assert.False(stage.Contains("stepCount"));
        Assert.Equal(3, stage["states"][0]["steps"][0]["parallel"][0]["stepId"].AsInt32);
        Assert.Equal("Created", stored["body"]["fileChanges"][1]["kind"].AsString);
        Assert.Equal(2, back.Body.LastTouch("utils.py")!.StepId);
    }

    [Fact]
    public void ATreeStoredBeforeStagesExistedReadsBackWithNone()
    {
        var stored = new RunBodyDocument<TraceTree> { RunId = "run-1", ContentHash = "h", Body = Samples.Tree() }.ToBsonDocument();
        stored["body"].AsBsonDocument.Remove("stages");
        stored["body"].AsBsonDocument.Remove("fileChanges");

        var back = BsonSerializer.Deserialize<RunBodyDocument<TraceTree>>(stored);

        Assert.Empty(back.Body.Stages);
        Assert.Empty(back.Body.FileChanges);
        Assert.Equal(3, back.Body.Kinds.Count);
    }

    [Fact]
    public void ADiagnosisRoundTripsLosslessly()
    {
        var back = RoundTrip(new RunBodyDocument<Diagnosis> { RunId = "run-1", ContentHash = "h", Body = Samples.Diagnosis() }, out _);

        Assert.Equal(Samples.Json(Samples.Diagnosis()), Samples.Json(back.Body));
    }

    [Fact]
    public void AMemoryEntryRoundTripsAndIgnoresTheServersId()
    {
        var entry = Samples.Memory("edits-tests", 0.5, occurrences: 3);
        var stored = entry.ToBsonDocument();
        stored.InsertAt(0, new BsonElement("_id", ObjectId.GenerateNewId()));

        var back = BsonSerializer.Deserialize<MemoryEntry>(stored);

        Assert.Equal(BsonType.DateTime, stored["updatedAt"].BsonType);
        Assert.Equal(Samples.Json(entry), Samples.Json(back));
    }

    [Fact]
    public void ASpecVersionIsKeyedByIdAndVersion()
    {
        var spec = new Extractors.ExtractorSpec { SpecId = "spec-x", Version = 3, Json = "{ }", CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(5) };

        var back = RoundTrip(ExtractorSpecDocument.From(spec), out var stored);

        Assert.Equal("spec-x@3", stored["_id"].AsString);
        Assert.Equal(spec, back.ToSpec());
    }
}
