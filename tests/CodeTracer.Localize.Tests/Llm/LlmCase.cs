using CodeTracer.Testing.Llm;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Extract;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Localize.Llm;
using CodeTracer.Storage.Memory;
using CodeTracer.Testing;
using CodeTracer.Tree;

namespace CodeTracer.Localize.Tests.Llm;

/// <summary>A real run read with RunReader, its tree and heuristic diagnosis, and a diagnoser pointed at a fake server.</summary>
public sealed record LlmCase(Run Run, TraceTree Tree, Diagnosis Heuristic)
{
    /// <summary>A failed Kimi K2.5 terminal-bench trial of eight steps (WebFetch, Bash, Write, Bash, Edit, Write, Bash, Bash).</summary>
    public const string Trial = "terminal-bench-kimi-k2.5/count-dataset-tokens__RWDmuaA";

    public static LlmCase Of(string path)
    {
        var run = RunReader.CreateDefault().Read(path).Runs.Single();
        var tree = TraceTreeBuilder.Build(run);
        return new LlmCase(run, tree, new HeuristicLocalizer().Localize(run, tree));
    }

    public static LlmCase Corpus() => Of(Testing.Corpus.PathOf(Trial));

    public static LlmOptions Options(FakeOpenAiServer server) => new() { Endpoint = server.Endpoint, Model = "fake-model", ApiKey = "test-key" };

    public async Task<Diagnosis> DiagnoseAsync(LlmOptions options, IReadOnlyList<MemoryEntry>? memory = null)
    {
        using var http = new HttpClient();
        return await new LlmDiagnoser(options, http, TimeProvider.System).DiagnoseAsync(Run, Tree, Heuristic, memory ?? [], CancellationToken.None);
    }
}
