using CodeTracer.Cli.Analysis;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Localize.Llm;
using CodeTracer.Localize.Memory;
using CodeTracer.Storage;
using CodeTracer.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CodeTracer.Cli.Commands.Analyze;

/// <summary>
/// <c>analyze --llm</c>: each run's heuristic diagnosis is handed to the Diagnoser with the LLM options from the environment
/// (<c>CodeTracer__Llm__Endpoint</c>…), learning into the embedded store's memory (<c>CodeTracer__Storage__SqlitePath</c>
/// or the default). Without an endpoint it says so and the heuristic report stands.
/// </summary>
public static class AnalyzeLlm
{
    public static async Task<AnalysisReport> ApplyAsync(AnalysisReport report, IConfiguration configuration, TextWriter error, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(LlmOptions.Section).Get<LlmOptions>() ?? new LlmOptions();
        if (!options.IsConfigured)
        {
            await error.WriteLineAsync("--llm: no LLM endpoint is configured (set CodeTracer__Llm__Endpoint, and CodeTracer__Llm__Model, CodeTracer__Llm__ApiKey as needed); using the heuristics");
            return report;
        }

        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var memory = new DiagnosisMemory(new SqliteMemoryRepository(new SqliteDatabase(storage.SqlitePath)), TimeProvider.System);
        using var http = new HttpClient();
        var diagnoser = new Diagnoser(new HeuristicLocalizer(), Options.Create(options), new LlmDiagnoser(options, http, TimeProvider.System), memory);
        var runs = new List<RunAnalysis>(report.Runs.Count);
        foreach (var analysis in report.Runs)
        {
            // The run's path names it in memory: analyze has no run ids, and the same file analysed again counts once.
            var diagnosis = await diagnoser.DiagnoseAsync(analysis.Run.Path, analysis.Run, analysis.Tree, analysis.Diagnosis, cancellationToken);
            await error.WriteLineAsync(diagnosis.FallbackReason is { } reason
                ? $"--llm: {analysis.Run.Path}: heuristics used: {reason}"
                : $"--llm: {analysis.Run.Path}: diagnosed by {options.Model} ({diagnosis.Cost?.InputTokens} input, {diagnosis.Cost?.OutputTokens} output tokens)");
            runs.Add(analysis with { Diagnosis = diagnosis });
        }

        return report with { Runs = runs };
    }
}
