using System.Text.Json;
using CodeTracer.Extract.Detection;
using CodeTracer.Storage.Extractors;

namespace CodeTracer.Extract.Specs;

/// <summary>
/// Specs kept in the store, versioned and byte for byte. The repository can fetch a spec by id but cannot list ids,
/// so the ids live in an index record of their own (<see cref="IndexId"/>), itself versioned like any spec.
/// </summary>
public sealed class StoredSpecs(IExtractorSpecRepository repository, TimeProvider? clock = null)
{
    /// <summary>Not a valid spec id (specs may not contain ':'), so it can never collide with one.</summary>
    public const string IndexId = "codetracer:spec-index";

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<IReadOnlyList<string>> IdsAsync(CancellationToken cancellationToken)
    {
        var index = await repository.GetLatestAsync(IndexId, cancellationToken);
        return index is null ? [] : JsonSerializer.Deserialize<List<string>>(index.Json) ?? [];
    }

    /// <summary>The version a new spec with this id would get: 1, or one past the latest stored.</summary>
    public async Task<int> NextVersionAsync(string specId, CancellationToken cancellationToken) =>
        (await repository.GetLatestAsync(specId, cancellationToken))?.Version + 1 ?? 1;

    /// <summary>Stores a validated spec under its own id and version, and records the id in the index.</summary>
    public async Task<bool> SaveAsync(SpecExtractor spec, CancellationToken cancellationToken)
    {
        var saved = await repository.SaveAsync(new ExtractorSpec
        {
            SpecId = spec.Id,
            Version = spec.Spec.Version,
            Json = spec.Json,
            CreatedAt = _clock.GetUtcNow(),
        }, cancellationToken);
        var ids = await IdsAsync(cancellationToken);
        if (!ids.Contains(spec.Id, StringComparer.Ordinal))
        {
            var latest = await repository.GetLatestAsync(IndexId, cancellationToken);
            await repository.SaveAsync(new ExtractorSpec
            {
                SpecId = IndexId,
                Version = (latest?.Version ?? 0) + 1,
                Json = JsonSerializer.Serialize(ids.Append(spec.Id).Order(StringComparer.Ordinal)),
                CreatedAt = _clock.GetUtcNow(),
            }, cancellationToken);
        }

        return saved;
    }

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
