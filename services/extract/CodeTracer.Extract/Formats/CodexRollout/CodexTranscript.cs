using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.CodexRollout;

/// <summary>
/// Rebuilds the steps of a Codex rollout from its Responses-API items (both layouts) and, in the envelope layout,
/// its UI events. Items are fed in file order; the error signal of each call is settled at the end because
/// <c>exec_command_end</c> may come before or after the call's output item.
/// </summary>
internal sealed partial class CodexTranscript(string file, string sha)
{
    private readonly List<StepDraft> _steps = [];
    private readonly List<ExtractionDiagnostic> _diagnostics = [];
    private readonly Dictionary<string, (bool IsError, int? ExitCode)> _ended = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _exitCodes = new(StringComparer.Ordinal);
    private readonly List<string> _text = [];
    private readonly List<string> _reasoning = [];
    private int _group;
    private string? _lastAssistantText;
    private string? _userMessage;
    private string? _userEvent;

    public int ItemCount { get; private set; }

    public int SkippedWebSearches { get; private set; }

    public bool Damaged => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IReadOnlyList<ExtractionDiagnostic> Diagnostics => _diagnostics;

    public string? Task => _userEvent ?? _userMessage;

    public string? FinalMessage { get; private set; }

    public void Report(DiagnosticSeverity severity, long? line, string message) =>
        _diagnostics.Add(new ExtractionDiagnostic(severity, file, line, message));

    /// <summary>One Responses-API item (the payload of a response_item line, or a legacy line).</summary>
    public void AcceptItem(JsonElement item, long line, DateTimeOffset? time)
    {
        ItemCount++;
        switch (item.Str("type"))
        {
            case "function_call":
                var args = JsonArguments.Parse(JsonArguments.Raw(item.Prop("arguments")));
                var tool = item.Str("name") ?? "";
                AddStep(item, tool, JsonArguments.Raw(item.Prop("arguments")), CodexAction.Of(tool, args), line, time);
                break;
            case "custom_tool_call":
                // A custom tool takes free text (apply_patch's patch), not JSON: the text is the action.
                AddStep(item, item.Str("name") ?? "", null, item.Str("input") ?? "", line, time);
                break;
            case "local_shell_call":
                var action = item.Prop("action");
                AddStep(item, "local_shell", action?.GetRawText(), action?.Prop("command") is { ValueKind: JsonValueKind.Array } argv
                    ? CodexAction.Command(argv) : "", line, time);
                break;
            case "function_call_output" or "custom_tool_call_output" or "local_shell_call_output":
                // The model saw this result before its next call, so the next call starts a new response.
                EndGroup();
                Answer(item, line, time);
                break;
            case "web_search_call":
                // Hosted tool: no call_id and no output item; not a step (STEPS.md).
                SkippedWebSearches++;
                EndGroup();
                break;
            case "message":
                ReadMessage(item);
                break;
            case "reasoning":
                EndGroup();
                _reasoning.AddRange(item.Items("summary").Select(s => s.Str("text")).OfType<string>().Where(t => t.Length > 0));
                break;
            default:
                ItemCount--;
                break;
        }
    }

    private void AddStep(JsonElement item, string tool, string? arguments, string action, long line, DateTimeOffset? time)
    {
        var anchor = item.Str("call_id") ?? item.Str("id") ?? "";
        if (anchor.Length == 0)
        {
            Report(DiagnosticSeverity.Warning, line, $"{item.Str("type")} without call_id");
        }

        var step = new StepDraft
        {
            Id = _steps.Count + 1,
            Anchor = anchor,
            Tool = tool,
            Arguments = arguments,
            Action = action,
            StartedAt = time,
            Provenance = new Provenance(file, line, null, sha),
        };
        if (_group == 0)
        {
            // Calls with nothing between them came from one model response: they share a group and its text.
            _group = step.Id;
            step.Thought = Join(_text);
            step.Reasoning = Join(_reasoning);
            _text.Clear();
            _reasoning.Clear();
        }

        step.ParallelGroup = _group;
        _steps.Add(step);
    }

    private void Answer(JsonElement item, long line, DateTimeOffset? time)
    {
        var callId = item.Str("call_id") ?? "";
        if (StepDraft.LatestOpen(_steps, callId) is not { } step)
        {
            Report(DiagnosticSeverity.Warning, line, $"{item.Str("type")} for {callId}, which no call issued");
            return;
        }

        var output = item.Prop("output");
        var text = output is { ValueKind: JsonValueKind.Object } o ? o.Str("content") ?? o.Str("output") ?? o.GetRawText() : ToolResultText.Of(output);
        var failed = output?.Prop("success").AsBool() is false;
        step.Observation = text;
        step.HasObservation = true;
        step.IsError = failed ? true : null;
        step.EndedAt = time;
    }

    private void ReadMessage(JsonElement item)
    {
        EndGroup();
        var text = Text(item.Prop("content"));
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        switch (item.Str("role"))
        {
            case "assistant":
                _text.Add(text);
                _lastAssistantText = text;
                break;
            case "user" when _userMessage is null && !IsHarnessContext(text):
                _userMessage = text;
                break;
        }
    }

    private void EndGroup() => _group = 0;

    private static bool IsHarnessContext(string text) =>
        text.StartsWith("<environment_context>", StringComparison.Ordinal) || text.StartsWith("<user_instructions>", StringComparison.Ordinal)
        || text.StartsWith("# AGENTS.md", StringComparison.Ordinal) || text.StartsWith("<INSTRUCTIONS>", StringComparison.Ordinal);

    private static string Text(JsonElement? content) => string.Join("\n\n", content.Items()
        .Select(part => part.Str("text")).OfType<string>().Where(t => t.Length > 0));

    private static string? Join(List<string> parts) => parts.Count == 0 ? null : string.Join("\n\n", parts);
}
