using CodeTracer.Testing.Services;

namespace CodeTracer.EndToEnd.Tests.Support;

/// <summary>
/// One topology for a test class whose tests do not disturb each other (distinct runs, no kills), started on
/// first use so a missing broker skips the tests instead of failing the fixture.
/// </summary>
public sealed class SharedTopology : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PipelineTopology? _topology;

    public async Task<PipelineTopology> GetAsync()
    {
        BrokerRequirement.RequireOrSkip();
        await _gate.WaitAsync();
        try
        {
            return _topology ??= await PipelineTopology.StartAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_topology is not null)
        {
            await _topology.DisposeAsync();
        }

        _gate.Dispose();
    }
}
