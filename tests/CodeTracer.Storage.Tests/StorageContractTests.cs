using CodeTracer.Storage.Tests.Support;

namespace CodeTracer.Storage.Tests;

/// <summary>
/// The one contract every provider must meet. The test methods live in this partial class, one file per area;
/// each provider derives once and says how to open an empty store. A provider that cannot run here says why,
/// and its tests are reported skipped with that reason instead of passing silently.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    private IStorageHarness? _store;

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>Why this provider cannot run here, or null when it can.</summary>
    protected virtual string? UnavailableReason => null;

    protected IStorageHarness Store
    {
        get
        {
            Skip.If(UnavailableReason is not null, UnavailableReason);
            return _store!;
        }
    }

    protected abstract IStorageHarness Open();

    public Task InitializeAsync()
    {
        if (UnavailableReason is null)
        {
            _store = Open();
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
