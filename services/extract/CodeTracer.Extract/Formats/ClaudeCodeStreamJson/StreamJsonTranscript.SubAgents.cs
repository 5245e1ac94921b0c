using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.ClaudeCodeStreamJson;

/// <summary>Sub-agent events (parent_tool_use_id set) nest under the step that launched them.</summary>
internal sealed partial class StreamJsonTranscript
{
    private void ReadSubAgentCalls(string parent, JsonElement message, long line, DateTimeOffset? time)
    {
        if (Launcher(parent, line) is not { } launcher)
        {
            return;
        }

        var messageId = message.Str("id");
        if (messageId is null || messageId != launcher.SubTurnMessageId)
        {
            launcher.SubTurnMessageId = messageId;
            launcher.SubTurnGroup = 0;
        }

        foreach (var block in message.Items("content").Where(b => b.Str("type") == "tool_use"))
        {
            var step = Draft(block, launcher.SubSteps.Count + 1, line, time);
            if (launcher.SubTurnGroup == 0)
            {
                launcher.SubTurnGroup = step.Id;
                step.Tokens = Usage(message.Prop("usage"));
            }

            step.ParallelGroup = launcher.SubTurnGroup;
            launcher.SubSteps.Add(step);
        }
    }

    private StepDraft? Launcher(string parent, long line)
    {
        for (var i = _steps.Count - 1; i >= 0; i--)
        {
            if (_steps[i].Anchor == parent)
            {
                return _steps[i];
            }
        }

        Report(DiagnosticSeverity.Warning, line, $"sub-agent event for {parent}, which no main-thread tool_use launched");
        return null;
    }
}
