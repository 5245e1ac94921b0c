using DotNet.Testcontainers.Builders;
using Testcontainers.MongoDb;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CodeTracer.Storage.Tests.Support;

/// <summary>
/// The MongoDB server for the Mongo half of the contract suite: <c>MONGO_URI</c> when set, else a throwaway
/// Testcontainers server when a Docker engine answers, else none, with the reason the tests are skipped for.
/// Only a missing Docker engine means "skip": a Docker that answers but cannot start Mongo is a failure.
/// </summary>
public sealed class MongoServer(IMessageSink diagnostics) : IAsyncLifetime
{
    private MongoDbContainer? _container;

    public string? Uri { get; private set; }

    public string? UnavailableReason { get; private set; }

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("MONGO_URI");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Uri = configured;
            return;
        }

        try
        {
            _container = new MongoDbBuilder("mongo:8.0").Build();
        }
        catch (DockerUnavailableException exception)
        {
            UnavailableReason = $"no MONGO_URI and no Docker engine (Testcontainers: {exception.Message})";
            diagnostics.OnMessage(new DiagnosticMessage("Mongo contract tests skipped: " + UnavailableReason));
            return;
        }

        await _container.StartAsync();
        Uri = _container.GetConnectionString();
    }

    public async Task DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
