using CodeTracer.Extract.Detection;
using CodeTracer.Storage.Extractors;

namespace CodeTracer.Extract.Specs;

/// <summary>Specs kept in the store, versioned and byte for byte; the repository lists their ids.</summary>
public sealed class StoredSpecs(IExtractorSpecRepository repository, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// The ids of the stored specs, sorted. A store written before the repository could list ids still holds the
    /// old index record ("codetracer:spec-index"); no valid spec id contains ':', so such ids are left out.
    /// </summary>
    public async Task<IReadOnlyList<string>> IdsAsync(CancellationToken cancellationToken) =>
        [.. (await repository.ListIdsAsync(cancellationToken)).Where(id => !id.Contains(':', StringComparison.Ordinal))];

    /// <summary>The version a new spec with this id would get: 1, or one past the latest stored.</summary>
    public async Task<int> NextVersionAsync(string specId, CancellationToken cancellationToken) =>
        (await repository.GetLatestAsync(specId, cancellationToken))?.Version + 1 ?? 1;

    /// <summary>Stores a validated spec under its own id and version.</summary>
    public Task<bool> SaveAsync(SpecExtractor spec, CancellationToken cancellationToken) =>
        repository.SaveAsync(new ExtractorSpec
        {
            SpecId = spec.Id,
            Version = spec.Spec.Version,
            Json = spec.Json,
            CreatedAt = _clock.GetUtcNow(),
        }, cancellationToken);

    /// <summary>The latest version of every stored spec that still loads (one that does not is skipped, not fatal).</summary>
    public async Task<IReadOnlyList<SpecExtractor>> LatestAsync(CancellationToken cancellationToken)
    {
        var specs = new List<SpecExtractor>();
        foreach (var id in await IdsAsync(cancellationToken))
        {
            if (await repository.GetLatestAsync(id, cancellationToken) is { } stored && SpecLoader.TryParse(stored.Json, out var spec, out _))
            {
                specs.Add(new SpecExtractor(spec!, stored.Json));
            }
        }

        return specs;
    }

    public Task<ExtractorSpec?> GetAsync(string specId, CancellationToken cancellationToken) => repository.GetLatestAsync(specId, cancellationToken);

    /// <summary>Built-in extractors, shipped specs and stored specs in one registry, competing by score.</summary>
    public async Task<FormatRegistry> RegistryAsync(CancellationToken cancellationToken) =>
        new([.. BuiltInFormats.All(), .. BuiltInSpecs.All(), .. await LatestAsync(cancellationToken)]);
}
