using CodeTracer.Contracts.Trees;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Notifications;
using CodeTracer.Storage.Signals;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Options;
using MongoDB.Bson.Serialization.Serializers;

namespace CodeTracer.Storage.Mongo;

/// <summary>
/// Process-wide BSON setup, done once and before any CodeTracer type is first serialized (class maps freeze
/// on first use). The contract records stay free of Mongo attributes; everything Mongo needs is said here.
/// </summary>
public static class MongoMappings
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            // The driver's default is no Guid representation at all (it throws); Standard is UUID subtype 4.
            BsonSerializer.TryRegisterSerializer(new GuidSerializer(GuidRepresentation.Standard));

            var conventions = new ConventionPack
            {
                new CamelCaseElementNameConvention(),
                new EnumRepresentationConvention(BsonType.String),
                // A newer service may add fields; an older one reading them must not fail.
                new IgnoreExtraElementsConvention(true),
            };
            ConventionRegistry.Register("CodeTracer", conventions, type => type.FullName?.StartsWith("CodeTracer.", StringComparison.Ordinal) == true);

            BsonClassMap.TryRegisterClassMap<TraceTree>(map =>
            {
                // Only the constructor's data: ExploreCount and ChangeCount are computed, not stored. A map
                // built by hand (no AutoMap) gets none of the conventions, so they are repeated here.
                map.SetIgnoreExtraElements(true);
                map.MapMember(tree => tree.Roots).SetElementName("roots").SetSerializer(new FlatTraceNodesSerializer());
                map.MapMember(tree => tree.Kinds).SetElementName("kinds").SetSerializer(StepKindsSerializer());
                // Init-only, so the driver sets them after the creator; a tree stored before stages existed reads back with none.
                map.MapMember(tree => tree.Stages).SetElementName("stages").SetDefaultValue(Array.Empty<Stage>());
                map.MapMember(tree => tree.FileChanges).SetElementName("fileChanges").SetDefaultValue(Array.Empty<FileChange>());
                map.MapCreator(tree => new TraceTree(tree.Roots, tree.Kinds));
            });

            BsonClassMap.TryRegisterClassMap<MemoryEntry>(map =>
            {
                map.AutoMap();
                map.MapMember(entry => entry.UpdatedAt).SetSerializer(new DateTimeOffsetSerializer(BsonType.DateTime));
            });

            BsonClassMap.TryRegisterClassMap<DeadLetter>(map =>
            {
                map.AutoMap();
                // Id becomes _id by convention: the letter's own key is the document key, so a second save replaces it.
                map.MapMember(letter => letter.FailedAt).SetSerializer(new DateTimeOffsetSerializer(BsonType.DateTime));
            });

            BsonClassMap.TryRegisterClassMap<SuspectedFailure>(map =>
            {
                map.AutoMap();
                map.MapMember(suspicion => suspicion.DetectedAt).SetSerializer(new DateTimeOffsetSerializer(BsonType.DateTime));
            });

            _registered = true;
        }
    }

    /// <summary>BSON documents need string keys, so int-keyed step kinds are stored as [{ k, v }] pairs.</summary>
    private static IBsonSerializer<IReadOnlyDictionary<int, StepKind>> StepKindsSerializer() =>
        new ImpliedImplementationInterfaceSerializer<IReadOnlyDictionary<int, StepKind>, Dictionary<int, StepKind>>(
            new DictionaryInterfaceImplementerSerializer<Dictionary<int, StepKind>>(
                DictionaryRepresentation.ArrayOfDocuments,
                new Int32Serializer(),
                new EnumSerializer<StepKind>(BsonType.String)));
}
