using CodeTracer.Extract.Input;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Redaction;

public sealed class RunRedactionTests
{
    // A real run whose agent found and printed a password (PASSWORD=8XDP5Q2RT9Z) during the task.
    private const string PasswordTrial = "terminal-bench-kimi-k2.5/password-recovery__dHqrYVJ";
    private const string Password = "8XDP5Q2RT9Z";

    [Fact]
    public void ARealRunThatPrintedAPasswordIsRedactedAndSaysWhere()
    {
        var run = CorpusRuns.ReadSingle(PasswordTrial);

        var redacted = run.Steps.Where(s => s.Redactions.Count > 0).ToList();
        Assert.NotEmpty(redacted);
        Assert.Contains(redacted.SelectMany(s => s.Redactions), r => r.Kind == "env-secret" && r.Count > 0);
        Assert.All(run.Steps, s =>
        {
            Assert.DoesNotContain($"PASSWORD={Password}", s.Observation ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain($"PASSWORD={Password}", s.Action, StringComparison.Ordinal);
            Assert.DoesNotContain($"PASSWORD={Password}", s.Thought ?? "", StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ProvenanceKeepsTheHashOfTheRawFile()
    {
        var run = CorpusRuns.ReadSingle(PasswordTrial);

        var step = run.Steps.First(s => s.Redactions.Count > 0);
        Assert.Equal(FileHash.Sha256(step.Provenance.File), step.Provenance.FileSha256);
        Assert.Contains(Password, File.ReadAllText(step.Provenance.File), StringComparison.Ordinal);
    }

    [Fact]
    public void APlantedKeyInADamagedCopyIsRedactedWhateverTheExtractor()
    {
        using var temp = new TempFolder();
        var file = temp.CopyFromCorpus(Inputs.StreamJsonFile);
        var text = File.ReadAllText(file).Replace("\"command\":\"", "\"command\":\"export OPENAI_API_KEY=sk-abcdefghijklmnopqrstuvwxyz123456 && ", StringComparison.Ordinal);
        DamagedCopy.Replace(file, text);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        var step = run.Steps.First(s => s.Redactions.Count > 0);
        Assert.StartsWith("export OPENAI_API_KEY=[REDACTED:openai-key] && ", step.Action, StringComparison.Ordinal);
        Assert.Contains(step.Redactions, r => r is { Field: "action", Kind: "openai-key", Count: 1 });
        Assert.Contains(step.Redactions, r => r is { Field: "arguments", Kind: "openai-key", Count: 1 });
        Assert.DoesNotContain(run.Steps, s => (s.Arguments ?? "").Contains("sk-abcdefghij", StringComparison.Ordinal));
        Assert.Equal(FileHash.Sha256(file), step.Provenance.FileSha256);
    }
}
