using System.Collections.Concurrent;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.OpenHands;

public sealed class OpenHandsCorpusTests
{
    // Multi-run files hold up to 89 rows; read each file once for all of its rows.
    private static readonly ConcurrentDictionary<string, RunReadResult> Reads = new(StringComparer.Ordinal);



    [Theory]
    [InlineData("openhands/gorilla_codeact_gpt-4o/output_gpt-4o-2024-05-13_tf.jsonl")]
    [InlineData("openhands/gorilla_codeact_gpt-4o/output_gpt-4o-2024-05-13_torch.jsonl")]
    [InlineData("openhands/prontoqa_codeact_gpt-4o/output.jsonl")]
    [InlineData("openhands/multi_swe_bench_example/output.jsonl")]
    [InlineData("openhands/resolver_mock_output/output.jsonl")]
    public void AMultiRunFileYieldsOneRunPerIndexedRecordAndNoOther(string file)
    {
        var result = RunReader.CreateDefault().Read(Corpus.PathOf(file));

        var indexed = ExpectedIndex.All.Where(r => r.Path.StartsWith(file + "#", StringComparison.Ordinal)).Select(r => Corpus.PathOf(r.Path));
        Assert.Equal(indexed.Order(), result.Runs.Select(r => r.Path).Order());
    }
}
