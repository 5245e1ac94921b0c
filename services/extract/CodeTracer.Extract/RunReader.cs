using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Input;
using CodeTracer.Extract.Input.Archives;
using CodeTracer.Extract.Redaction;

namespace CodeTracer.Extract;

/// <summary>
/// The extract service's front: a path in, every run under it out, plus an error for each input that could
/// not be read. One broken run never stops the others.
/// </summary>
public sealed class RunReader(FormatRegistry registry)
{
    private readonly RunDiscovery _discovery = new(registry);

    /// <summary>Bounds on what an archive given as the path may unpack to.</summary>
    public ArchiveLimits ArchiveLimits { get; init; } = ArchiveLimits.Default;

    public static RunReader CreateDefault() => new(BuiltInFormats.Registry());

    public RunReadResult Read(string path, string? formatOverride = null, CancellationToken cancellationToken = default)
    {
        if (File.Exists(path) && SafeArchive.IsArchive(path))
        {
            return ReadArchive(path, formatOverride, cancellationToken);
        }

        var runs = new List<Run>();
        var errors = new List<RunError>();
        var skipped = new List<RunError>();
        var forced = formatOverride is null ? null : registry.Find(formatOverride);
        if (formatOverride is not null && forced is null)
        {
            errors.Add(new RunError(path, $"unknown format '{formatOverride}'; known: " +
                string.Join(", ", registry.Extractors.Select(e => e.Id))));
            return new RunReadResult(runs, errors, skipped);
        }

        var inputs = forced is null
            ? _discovery.Discover(path)
            : [DiscoveredInput.Matched(Directory.Exists(path) ? RunCandidate.ForDirectory(path) : RunCandidate.ForFile(path),
                new FormatMatch(forced, new DetectionResult(1, "--format"), []))];
        foreach (var input in inputs)
        {
            switch (input.Kind)
            {
                case DiscoveredKind.Matched:
                    var extraction = ExtractSafely(input.Match!.Extractor, input.Candidate!, cancellationToken);
                    // Redaction happens here, once, after whichever extractor (built-in or spec) read the run.
                    runs.AddRange(extraction.Runs.Select(RunRedactor.Redact));
                    errors.AddRange(extraction.Errors);
                    break;
                case DiscoveredKind.Unreadable:
                    errors.Add(new RunError(input.Path, input.Reason!));
                    break;
                case DiscoveredKind.Skipped:
                    skipped.Add(new RunError(input.Path, input.Reason!));
                    break;
            }
        }

        return new RunReadResult(runs, errors, skipped);
    }

    /// <summary>An uploaded archive is unpacked into a private temp folder, read like a folder, and the folder deleted.</summary>
    private RunReadResult ReadArchive(string path, string? formatOverride, CancellationToken cancellationToken)
    {
        UnpackedArchive unpacked;
        try
        {
            unpacked = SafeArchive.Unpack(path, ArchiveLimits);
        }
        catch (ArchiveRejectedException e)
        {
            return new RunReadResult([], [new RunError(path, $"archive rejected: {e.Message}")], []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new RunReadResult([], [new RunError(path, $"cannot unpack: {e.Message}")], []);
        }

        using (unpacked)
        {
            return ArchiveRuns.Display(Read(unpacked.Folder, formatOverride, cancellationToken), unpacked);
        }
    }

    private static Extraction ExtractSafely(IFormatExtractor extractor, RunCandidate candidate, CancellationToken cancellationToken)
    {
        try
        {
            return extractor.Extract(candidate, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Extraction.Failed(candidate.Path, $"cannot read: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in one extractor must not lose the other runs; the message names the extractor so it can be fixed.
            return Extraction.Failed(candidate.Path, $"{extractor.Id} extractor failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
