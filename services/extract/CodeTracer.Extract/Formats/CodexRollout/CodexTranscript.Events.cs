using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.CodexRollout;

/// <summary>The envelope layout's UI events: exit codes and patch results by call_id, prompts, last message, tokens.</summary>
internal sealed partial class CodexTranscript
{
    public RunMetrics Metrics { get; private set; } = new();

    public void AcceptEvent(JsonElement payload)
    {
        switch (payload.Str("type"))
        {
            case "exec_command_end" when payload.Str("call_id") is { } callId:
                var exitCode = payload.Prop("exit_code").AsLong() is { } code ? (int)code : (int?)null;
                _exitCodes[callId] = exitCode;
                if (exitCode is { } c)
                {
                    _ended[callId] = (c != 0, c);
                }

                break;
            case "patch_apply_end" when payload.Str("call_id") is { } callId && payload.Bool("success") is { } success:
                _ended[callId] = (!success, null);
                break;
            case "user_message":
                _userEvent ??= payload.Str("message");
                break;
            case "agent_message" when payload.Str("message") is { Length: > 0 } message:
                FinalMessage = message;
                break;
            case "task_complete" when payload.Str("last_agent_message") is { Length: > 0 } message:
                FinalMessage = message;
                break;
            case "token_count" when payload.Path("info", "total_token_usage") is { ValueKind: JsonValueKind.Object } total:
                Metrics = Metrics with
                {
                    InputTokens = total.Long("input_tokens"),
                    OutputTokens = total.Long("output_tokens"),
                    CacheTokens = total.Long("cached_input_tokens"),
                };
                break;
        }
    }

    public IReadOnlyList<Step> Steps()
    {
        foreach (var step in _steps.Where(s => s.HasObservation))
        {
            if (_ended.TryGetValue(step.Anchor, out var ended))
            {
                step.IsError = ended.IsError;
                continue;
            }

            var (isError, _) = CodexOutcome.OfText(step.Observation ?? "");
            step.IsError = step.IsError == true ? true : isError;
        }

        return [.. _steps.Select(s => s.ToStep() with { ExitCode = ExitCode(s) })];
    }

    public string? LastText => FinalMessage ?? _lastAssistantText;

    private int? ExitCode(StepDraft step) =>
        _exitCodes.TryGetValue(step.Anchor, out var code) && code is not null ? code
        : step.HasObservation ? CodexOutcome.OfText(step.Observation ?? "").ExitCode
        : null;
}
