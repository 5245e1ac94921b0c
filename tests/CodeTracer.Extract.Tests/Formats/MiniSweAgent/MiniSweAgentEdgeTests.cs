using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.MiniSweAgent;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.MiniSweAgent;

public sealed class MiniSweAgentEdgeTests
{
    [Fact]
    public void SeveralToolCallsInOneMessageShareAParallelGroupAndAreAnsweredById()
    {
        using var temp = new TempFolder();
        var file = temp.Write("demo-1/demo-1.traj.json", """
            {"info": {"mini_version": "2.2.7", "exit_status": "Submitted", "config": {"model": {"model_name": "m"}}},
             "messages": [
              {"role": "system", "content": "sys"},
              {"role": "user", "content": "Fix it"},
              {"role": "assistant", "content": "Look around",
               "tool_calls": [{"id": "a", "function": {"name": "bash", "arguments": "{\"command\": \"ls\"}"}},
                              {"id": "b", "function": {"name": "bash", "arguments": "{\"command\": \"false\"}"}}],
               "extra": {"response": {"usage": {"prompt_tokens": 10, "completion_tokens": 5}}}},
              {"role": "tool", "tool_call_id": "b", "content": "<returncode>1</returncode>\n<output>\n</output>"},
              {"role": "tool", "tool_call_id": "a", "content": "<returncode>0</returncode>\n<output>\nx\n</output>", "extra": {"returncode": 0}},
              {"role": "assistant", "content": "Edit", "tool_calls": [{"id": "c", "function": {"name": "str_replace", "arguments": "{\"path\": \"f.py\", \"old\": \"a\"}"}}]},
              {"role": "assistant", "content": "All done."}
             ],
             "instance_id": "demo-1"}
            """);

        var run = Assert.Single(RunReader.CreateDefault().Read(Path.GetDirectoryName(file)!).Runs);

        Assert.Equal(MiniSweAgentToolCallsExtractor.FormatId, run.Format);
        Assert.Equal([1, 1, 3], run.Steps.Select(s => s.ParallelGroup));
        Assert.Equal([false, true, null], run.Steps.Select(s => s.IsError));
        Assert.Equal(new TokenUsage(10, 5, null), run.Steps[0].Tokens);
        Assert.Null(run.Steps[1].Tokens);
        Assert.Equal("str_replace", run.Steps[2].Tool);
        Assert.Equal("{\"path\":\"f.py\",\"old\":\"a\"}", run.Steps[2].Action);
        Assert.False(run.Steps[2].HasObservation);
        Assert.Equal("All done.", run.FinalMessage);
        Assert.Equal("m", run.Model);
        Assert.Equal(OutcomeStatus.Unknown, run.Outcome.Status);
    }

    [Fact]
    public void ARunWhoseAgentNeverActedHasNoStepsAndDidNotStart()
    {
        using var temp = new TempFolder();
        var file = temp.Write("chat.traj.json", """
            [{"role": "system", "content": "sys"}, {"role": "user", "content": "Please solve this issue"},
             {"role": "assistant", "content": "I cannot run commands."}]
            """);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Empty(run.Steps);
        Assert.Equal(RunStatus.NotStarted, run.Status);
        Assert.Equal("I cannot run commands.", run.FinalMessage);
    }

    [Fact]
    public void AnInstanceMissingFromTheHarnessSummaryHasAnUnknownOutcome()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyFromCorpus("mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256");
        temp.Write("mini-swe-agent/deepseek_chat_dev/summary.json", """{"resolved_instances": 0, "resolved_ids": [], "unresolved_ids": ["other"]}""");

        var run = Assert.Single(RunReader.CreateDefault().Read(folder).Runs);

        Assert.Equal(RunOutcome.Unknown, run.Outcome);
        Assert.Single(run.Sources);
    }
}
