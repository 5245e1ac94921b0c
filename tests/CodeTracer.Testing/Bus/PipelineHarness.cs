using CodeTracer.Contracts.Messages;
using CodeTracer.Storage.Blobs;
using CodeTracer.Storage.Runs;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeTracer.Testing.Bus;

/// <summary>A started test bus over a private store, and the upload step ingest would do: put the bytes, publish RunSubmitted.</summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    private readonly TempFolder _data = new();
    private readonly ServiceProvider _services;

    private PipelineHarness(Action<IBusRegistrationConfigurator> addConsumers, IReadOnlyDictionary<string, string?>? configuration)
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddCodeTracerTestBus(addConsumers, _data.Path, configuration)
            .BuildServiceProvider(validateScopes: true);
        Bus = _services.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Bus { get; }

    public IServiceProvider Services => _services;

    public string DataFolder => _data.Path;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<PipelineHarness> StartAsync(
        Action<IBusRegistrationConfigurator> addConsumers, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var harness = new PipelineHarness(addConsumers, configuration);
        await harness.Bus.Start();
        return harness;
    }

    /// <summary>Stores the bytes as ingest would and publishes the message; returns it so tests can match on its run id.</summary>
    public async Task<RunSubmitted> SubmitAsync(byte[] content, string fileName, string? formatHint = null)
    {
        var key = await Get<IBlobStore>().PutAsync(new MemoryStream(content), CancellationToken.None);
        var message = new RunSubmitted(RunIds.FromContentHash(key), key, SchemaVersions.Current, key, fileName, DateTimeOffset.UtcNow, formatHint);
        await Bus.Bus.Publish(message);
        return message;
    }

    public Task<RunSubmitted> SubmitFileAsync(string path, string? formatHint = null) =>
        SubmitAsync(File.ReadAllBytes(path), System.IO.Path.GetFileName(path), formatHint);

    /// <summary>The first published message of the type for the run, waiting for the bus to go quiet.</summary>
    public async Task<T?> PublishedAsync<T>(string runId) where T : class
    {
        await foreach (var message in Bus.Published.SelectAsync<T>(m => RunIdOf(m.Context.Message) == runId))
        {
            return message.Context.Message;
        }

        return null;
    }

    /// <summary>
    /// How many messages of the type were published for the run, once <paramref name="expected"/> were seen or
    /// ten seconds passed, plus a short settle so an unexpected extra one would show. Polls, because the harness
    /// stops waiting for good once the bus has been idle, so a second round of messages cannot be awaited with Any.
    /// </summary>
    public async Task<int> CountPublishedAsync<T>(string runId, int expected) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Count() < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        await Task.Delay(200);
        return Count();

        int Count() => Bus.Published.Select<T>(m => RunIdOf(m.Context.Message) == runId).Count();
    }

    private static string? RunIdOf(object message) => message.GetType().GetProperty("RunId")?.GetValue(message) as string;

    public async ValueTask DisposeAsync()
    {
        await Bus.Stop();
        await _services.DisposeAsync();
        _data.Dispose();
    }
}
