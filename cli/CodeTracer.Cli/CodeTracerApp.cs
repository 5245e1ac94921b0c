using System.CommandLine;
using CodeTracer.Cli.Commands.Analyze;
using CodeTracer.Cli.Commands.Eval;
using CodeTracer.Cli.Commands.Memory;
using CodeTracer.Cli.Commands.Serve;
using CodeTracer.Cli.Commands.Extractors;

namespace CodeTracer.Cli;

/// <summary>The command tree. Writers are passed in so tests run the real commands in-process.</summary>
public static class CodeTracerApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("CodeTracer: rebuild code-agent runs as trace trees and find where they went wrong.")
        {
            AnalyzeCommandDefinition.Create(output, error),
            ServeCommandDefinition.Create(output, error),
            ExtractorsCommandDefinition.Create(output, error),
            EvalCommandDefinition.Create(output, error),
            MemoryCommandDefinition.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync();
    }
}
