using CodeTracer.Extract;
using CodeTracer.Hosting;
using CodeTracer.Hosting.Health;
using CodeTracer.Ingest;
using CodeTracer.Localize;
using CodeTracer.Tree;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CodeTracer.Cli.Commands.Serve;

/// <summary>
/// One binary, many roles: the same AddIngest/AddExtract/AddTree/AddLocalize the separate hosts call, in one
/// process. With no configuration it runs on the in-memory bus and the embedded SQLite store; environment
/// variables (CodeTracer__Bus__Transport=RabbitMq…) turn the same process into a member of a deployment.
/// </summary>
public static class ServeHost
{
    public static WebApplication Build(
        ServeOptions options,
        IEnumerable<KeyValuePair<string, string?>>? configuration = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder();
        if (configuration is not null)
        {
            builder.Configuration.AddInMemoryCollection(configuration);
        }

        builder.WebHost.UseUrls(options.Urls);
        builder.AddCodeTracerHosting("codetracer", bus =>
        {
            if (options.Roles.Contains(ServiceRole.Extract))
            {
                bus.AddExtract();
            }

            if (options.Roles.Contains(ServiceRole.Tree))
            {
                bus.AddTree();
            }

            if (options.Roles.Contains(ServiceRole.Localize))
            {
                bus.AddLocalize();
            }
        });
        if (options.Roles.Contains(ServiceRole.Ingest))
        {
            builder.Services.AddIngest(builder.Configuration);
        }

        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapCodeTracerHealth();
        if (options.Roles.Contains(ServiceRole.Ingest))
        {
            app.UseIngest();
        }

        return app;
    }
}
