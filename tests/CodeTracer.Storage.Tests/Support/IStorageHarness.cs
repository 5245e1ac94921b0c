using CodeTracer.Storage.Blobs;
using CodeTracer.Storage.Diagnoses;
using CodeTracer.Storage.Extractors;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Notifications;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Signals;
using CodeTracer.Storage.Trees;

namespace CodeTracer.Storage.Tests.Support;

/// <summary>One empty store of one provider, with what the contract tests need to look behind the interfaces.</summary>
public interface IStorageHarness : IAsyncDisposable
{
    IRunRepository Runs { get; }
    IStepRepository Steps { get; }
    IBlobStore Blobs { get; }
    ITreeRepository Trees { get; }
    IDiagnosisRepository Diagnoses { get; }
    IExtractorSpecRepository Specs { get; }
    IMemoryRepository Memory { get; }
    IDeadLetterRepository DeadLetters { get; }
    ISuspectedFailureRepository Suspicions { get; }

    /// <summary>How many blobs are physically stored, so "stored once" can be checked, not just "same key".</summary>
    Task<int> CountBlobsAsync();
}
