using System.Globalization;

namespace CodeTracer.Testing.Services;

/// <summary>
/// The whole pipeline as a deployment runs it: ingest, extract, tree and localize each as its own OS process on
/// RabbitMQ, all on one fresh virtual host and one fresh data folder (a shared SQLite file in WAL mode and a
/// blob root), plus <see cref="PipelineEvents"/> listening on the same virtual host.
/// </summary>
public sealed class PipelineTopology : IAsyncDisposable
{
    private readonly TempFolder _data = new();
    private readonly List<ServiceProcess> _processes = [];
    private readonly Dictionary<string, string> _environment;

    private PipelineTopology(string virtualHost, PipelineTopologyOptions options)
    {
        VirtualHost = virtualHost;
        _environment = new Dictionary<string, string>
        {
            ["CodeTracer__Bus__Transport"] = "RabbitMq",
            ["CodeTracer__Bus__RabbitMqHost"] = Broker.Host,
            ["CodeTracer__Bus__RabbitMqPort"] = Broker.Port.ToString(CultureInfo.InvariantCulture),
            ["CodeTracer__Bus__RabbitMqVirtualHost"] = virtualHost,
            ["CodeTracer__Bus__RabbitMqUsername"] = "guest",
            ["CodeTracer__Bus__RabbitMqPassword"] = "guest",
            // Short retries, so a poison message reaches its _error queue within a test.
            ["CodeTracer__Bus__RetryLimit"] = "2",
            ["CodeTracer__Bus__RetryMinInterval"] = "00:00:00.200",
            ["CodeTracer__Bus__RetryMaxInterval"] = "00:00:01",
            ["CodeTracer__Storage__Provider"] = "Sqlite",
            ["CodeTracer__Storage__SqlitePath"] = Path.Combine(_data.Path, "codetracer.db"),
            ["CodeTracer__Storage__BlobRoot"] = Path.Combine(_data.Path, "blobs"),
            ["Logging__LogLevel__Default"] = "Information",
        };
        foreach (var (key, value) in options.Environment)
        {
            _environment[key] = value;
        }
    }

    public string VirtualHost { get; }

    public string DataFolder => _data.Path;

    public PipelineEvents Events { get; private set; } = null!;

    public IngestClient Ingest { get; private set; } = null!;

    /// <summary>Creates the virtual host, starts the observer, then the four services (localize <see cref="PipelineTopologyOptions.LocalizeWorkers"/> times) and waits until all are ready.</summary>
    public static async Task<PipelineTopology> StartAsync(PipelineTopologyOptions? options = null)
    {
        options ??= new PipelineTopologyOptions();
        var topology = new PipelineTopology(Broker.NewVirtualHost(), options);
        try
        {
            topology.Events = await PipelineEvents.StartAsync(topology.VirtualHost);
            string[] projects = [PipelineServices.Ingest, PipelineServices.Extract, PipelineServices.Tree,
                .. Enumerable.Repeat(PipelineServices.Localize, options.LocalizeWorkers)];
            var started = await Task.WhenAll(projects.Select(topology.StartServiceAsync));
            topology.Ingest = new IngestClient(started[0].Url);
            return topology;
        }
        catch
        {
            await topology.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more process of a service (a replacement after a crash, or a second worker) on this topology.</summary>
    public async Task<ServiceProcess> StartServiceAsync(string project)
    {
        var process = await ServiceProcess.StartAsync(project, _environment);
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>The running processes of a service, oldest first.</summary>
    public IReadOnlyList<ServiceProcess> Processes(string project) =>
        [.. All().Where(p => p.Name == Path.GetFileName(project) && !p.HasExited)];

    /// <summary>Every process's output, to explain a failed assertion.</summary>
    public string Logs() => string.Join("\n", All().Select(p => $"===== {p.Name} =====\n{p.Log}"));

    private ServiceProcess[] All()
    {
        lock (_processes)
        {
            return [.. _processes];
        }
    }

    public async ValueTask DisposeAsync()
    {
        Ingest?.Dispose();
        foreach (var process in All())
        {
            await process.DisposeAsync();
        }

        if (Events is not null)
        {
            await Events.DisposeAsync();
        }

        _data.Dispose();
    }
}
