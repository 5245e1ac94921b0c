using CodeTracer.Cli.Analysis;
using CodeTracer.Cli.Output;
using Microsoft.Extensions.Configuration;

namespace CodeTracer.Cli.Commands.Analyze;

/// <summary>Runs the whole pipeline in-process (no broker, no database) and prints the report.</summary>
public sealed class AnalyzeCommand(TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(AnalyzeOptions options, CancellationToken cancellationToken)
    {
        var report = LocalPipeline.Analyze(options.Path, options.Format, cancellationToken);
        if (options.Llm)
        {
            report = await AnalyzeLlm.ApplyAsync(report, new ConfigurationBuilder().AddEnvironmentVariables().Build(), error, cancellationToken);
        }

        if (options.Json)
        {
            JsonReportWriter.Write(report, output);
        }
        else if (options.Tree)
        {
            TreeIndexWriter.Write(report, output, options.Budget);
        }
        else
        {
            TextReportWriter.Write(report, output);
        }

        foreach (var failed in report.Errors)
        {
            error.WriteLine($"error: {failed.Path}: {failed.Error}");
        }

        return report.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }
}
