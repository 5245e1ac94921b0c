using System.CommandLine;
using Microsoft.Extensions.Hosting;

namespace CodeTracer.Cli.Commands.Serve;

public static class ServeCommandDefinition
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var roles = new Option<string>("--roles")
        {
            Description = "Services to run in this process: ingest, extract, tree, localize (comma-separated).",
            DefaultValueFactory = _ => "ingest,extract,tree,localize",
        };
        var urls = new Option<string>("--urls")
        {
            Description = "Where the HTTP API and health endpoints listen.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var command = new Command("serve", "Run the CodeTracer services in one process (in-memory bus and embedded store unless configured).")
        {
            roles,
            urls,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = ServeOptions.ParseRoles(parse.GetValue(roles)!, out var problem);
            if (problem is not null)
            {
                await error.WriteLineAsync(problem);
                return ExitCodes.Usage;
            }

            var options = new ServeOptions(chosen, parse.GetValue(urls)!);
            await using var app = ServeHost.Build(options);
            await output.WriteLineAsync($"codetracer serve: {string.Join(", ", chosen).ToLowerInvariant()} on {options.Urls}");
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
