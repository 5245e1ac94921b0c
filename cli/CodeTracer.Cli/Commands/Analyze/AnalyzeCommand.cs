using CodeTracer.Cli.Analysis;
using CodeTracer.Cli.Output;
using CodeTracer.Extract.Specs;
using Microsoft.Extensions.Configuration;

namespace CodeTracer.Cli.Commands.Analyze;

/// <summary>Runs the whole pipeline in-process (no broker, no database) and prints the report.</summary>
public sealed class AnalyzeCommand(TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(AnalyzeOptions options, CancellationToken cancellationToken)
    {
        SpecExtractor? spec = null;
        if (options.Spec is { } specFile)
        {
            try
            {
                spec = SpecExtractor.FromJson(File.ReadAllText(specFile));
            }
            catch (Exception e) when (e is SpecFormatException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {specFile}: {e.Message}");
                return ExitCodes.Usage;
            }
        }

        var report = LocalPipeline.Analyze(options.Path, options.Format, cancellationToken, spec);
        if (options.Llm)
        {
            report = await AnalyzeLlm.ApplyAsync(report, new ConfigurationBuilder().AddEnvironmentVariables().Build(), error, cancellationToken);
        }

        if (options.Profile is { } profile)
        {
            ProfileWriter.Write(report, profile, output);
        }
        else if (options.Json)
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
