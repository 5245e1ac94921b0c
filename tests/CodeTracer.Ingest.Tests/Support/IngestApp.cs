using CodeTracer.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CodeTracer.Ingest.Tests.Support;

/// <summary>
/// The real ingest host on the test server: SQLite and blobs in a temp folder, MassTransit's test harness in
/// place of the configured bus, a settable clock. Settings go in with UseSetting because the host reads the
/// storage section while it builds, before later configuration sources would be seen.
/// </summary>
public sealed class IngestApp(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();

    public SettableClock Clock { get; } = new(new DateTimeOffset(2026, 4, 1, 18, 28, 35, 123, TimeSpan.Zero));

    public ITestHarness Harness => Services.GetTestHarness();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CodeTracer:Storage:Provider", "Sqlite");
        builder.UseSetting("CodeTracer:Storage:SqlitePath", Path.Combine(_data.Path, "codetracer.db"));
        builder.UseSetting("CodeTracer:Storage:BlobRoot", Path.Combine(_data.Path, "blobs"));
        builder.UseSetting("CodeTracer:Bus:Transport", "InMemory");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddMassTransitTestHarness();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
