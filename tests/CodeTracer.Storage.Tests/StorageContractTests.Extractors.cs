using CodeTracer.Storage.Extractors;

namespace CodeTracer.Storage.Tests;

public abstract partial class StorageContractTests
{
    private static ExtractorSpec Spec(int version, string json = """{ "files": ["*.jsonl"],  "step": { "action": "$.cmd" } }""") => new()
    {
        SpecId = "spec-acme-jsonl",
        Version = version,
        Json = json,
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_741_000_000_000 + version),
    };

    [SkippableFact]
    public async Task ASpecVersionIsStoredOnceAndNeverOverwritten()
    {
        Assert.True(await Store.Specs.SaveAsync(Spec(1), Ct));
        Assert.False(await Store.Specs.SaveAsync(Spec(1, "{}"), Ct));

        Assert.Equal(Spec(1), await Store.Specs.GetAsync("spec-acme-jsonl", 1, Ct));
    }

    [SkippableFact]
    public async Task TheLatestSpecIsTheHighestVersion()
    {
        foreach (var version in new[] { 1, 3, 2 })
        {
            await Store.Specs.SaveAsync(Spec(version), Ct);
        }

        Assert.Equal(Spec(3), await Store.Specs.GetLatestAsync("spec-acme-jsonl", Ct));
        Assert.Equal([1, 2, 3], (await Store.Specs.ListVersionsAsync("spec-acme-jsonl", Ct)).Select(s => s.Version));
    }

    [SkippableFact]
    public async Task AMissingSpecIsNull()
    {
        await Store.Specs.SaveAsync(Spec(1), Ct);

        Assert.Null(await Store.Specs.GetAsync("spec-acme-jsonl", 2, Ct));
        Assert.Null(await Store.Specs.GetLatestAsync("spec-other", Ct));
        Assert.Empty(await Store.Specs.ListVersionsAsync("spec-other", Ct));
    }

    [SkippableFact]
    public async Task SpecIdsAreListedOnceEachInOrdinalOrder()
    {
        Assert.Empty(await Store.Specs.ListIdsAsync(Ct));
        await Store.Specs.SaveAsync(Spec(1) with { SpecId = "spec-zeta" }, Ct);
        await Store.Specs.SaveAsync(Spec(1), Ct);
        await Store.Specs.SaveAsync(Spec(2), Ct);
        await Store.Specs.SaveAsync(Spec(1) with { SpecId = "Spec-upper" }, Ct);

        // One id per spec however many versions it has; ordinal, so the capital sorts first on every provider.
        Assert.Equal(["Spec-upper", "spec-acme-jsonl", "spec-zeta"], await Store.Specs.ListIdsAsync(Ct));
    }
}
