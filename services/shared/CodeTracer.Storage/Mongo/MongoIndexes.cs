using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Notifications;
using CodeTracer.Storage.Signals;
using MongoDB.Driver;

namespace CodeTracer.Storage.Mongo;

/// <summary>
/// Every index the repositories rely on, declared in code and created at startup: the unique ones are what
/// turns a redelivered message into a no-op instead of a second copy.
/// </summary>
internal static class MongoIndexes
{
    public static IReadOnlyList<CreateIndexModel<RunDocument>> Runs { get; } =
    [
        new(Builders<RunDocument>.IndexKeys.Ascending(d => d.RunId).Ascending(d => d.ContentHash),
            new CreateIndexOptions { Unique = true, Name = "run_id_content_hash" }),
        new(Builders<RunDocument>.IndexKeys.Descending(d => d.CreatedAt).Ascending(d => d.RunId),
            new CreateIndexOptions { Name = "created_desc" }),
    ];

    public static IReadOnlyList<CreateIndexModel<StepDocument>> Steps { get; } =
    [
        new(Builders<StepDocument>.IndexKeys.Ascending(d => d.RunId).Ascending(d => d.Seq),
            new CreateIndexOptions { Unique = true, Name = "run_id_seq" }),
    ];

    public static IReadOnlyList<CreateIndexModel<ExtractorSpecDocument>> ExtractorSpecs { get; } =
    [
        new(Builders<ExtractorSpecDocument>.IndexKeys.Ascending(d => d.SpecId).Ascending(d => d.Version),
            new CreateIndexOptions { Unique = true, Name = "spec_id_version" }),
    ];

    public static IReadOnlyList<CreateIndexModel<MemoryEntry>> Memory { get; } =
    [
        new(Builders<MemoryEntry>.IndexKeys.Ascending(e => e.Framework).Ascending(e => e.Key),
            new CreateIndexOptions { Unique = true, Name = "framework_key" }),
        new(Builders<MemoryEntry>.IndexKeys.Ascending(e => e.Framework).Descending(e => e.Relevance)
                .Descending(e => e.Occurrences).Ascending(e => e.Key),
            new CreateIndexOptions { Name = "framework_rank" }),
    ];

    public static IReadOnlyList<CreateIndexModel<DeadLetter>> DeadLetters { get; } =
    [
        new(Builders<DeadLetter>.IndexKeys.Descending(d => d.FailedAt).Ascending(d => d.Id), new CreateIndexOptions { Name = "failed_desc" }),
    ];

    public static IReadOnlyList<CreateIndexModel<SuspectedFailure>> SuspectedFailures { get; } =
    [
        new(Builders<SuspectedFailure>.IndexKeys.Ascending(s => s.RunId).Ascending(s => s.StepId).Ascending(s => s.Signal),
            new CreateIndexOptions { Unique = true, Name = "run_step_signal" }),
    ];
}
