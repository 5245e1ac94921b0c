using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.ClaudeCodeStreamJson;

/// <summary>
/// Rebuilds the steps of one Claude Code <c>--output-format stream-json</c> session from its events, wherever the
/// events come from (a plain file, or JSON recovered from a terminal recording). Events are fed in order.
/// </summary>
internal sealed partial class StreamJsonTranscript(string file, string fileSha256)
{
    private readonly List<StepDraft> _steps = [];
    private readonly List<ExtractionDiagnostic> _diagnostics = [];
    private readonly List<string> _turnText = [];
    private readonly List<string> _turnReasoning = [];
    private string? _turnMessageId;
    private int _turnGroup;
    private bool _turnActed;
    private string? _lastText;
    private string? _result;

    /// <summary>How many stream-json events were read; 0 means the input was not stream-json at all.</summary>
    public int EventCount { get; private set; }

    public string? Model { get; private set; }

    public string? AgentVersion { get; private set; }

    public string? Task { get; private set; }

    public RunMetrics Metrics { get; private set; } = new();

    public bool Damaged => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IReadOnlyList<ExtractionDiagnostic> Diagnostics => _diagnostics;

    public void Report(DiagnosticSeverity severity, long? line, string message) =>
        _diagnostics.Add(new ExtractionDiagnostic(severity, file, line, message));

    /// <summary>Reads one event. <paramref name="at"/> is when it was seen, for sources whose events carry no timestamp.</summary>
    public void Accept(JsonElement e, long line, DateTimeOffset? at = null)
    {
        var time = e.Time("timestamp") ?? at;
        switch (e.Str("type"))
        {
            case "system":
                Model ??= e.Str("model");
                AgentVersion ??= e.Str("claude_code_version");
                break;
            case "assistant":
                ReadAssistant(e, line, time);
                break;
            case "user":
                ReadUser(e, line, time);
                break;
            case "result":
                ReadResult(e);
                break;
            default:
                return;
        }

        EventCount++;
    }

    public Run ToRun(string path, string format, IReadOnlyList<SourceFile> sources, RunOutcome outcome, string? task, RunMetrics? trialMetrics)
    {
        var status = Damaged ? RunStatus.Partial : _steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete;
        return new Run
        {
            Path = path,
            Format = format,
            Agent = "claude-code",
            AgentVersion = AgentVersion,
            Model = Model,
            Task = task ?? Task,
            Outcome = outcome,
            Status = status,
            Steps = [.. _steps.Select(s => s.ToStep())],
            FinalMessage = string.IsNullOrEmpty(_result) ? _lastText : _result,
            Metrics = Merge(Metrics, trialMetrics),
            Sources = sources,
            Diagnostics = _diagnostics,
        };
    }

    private void ReadAssistant(JsonElement e, long line, DateTimeOffset? time)
    {
        if (e.Prop("message") is not { ValueKind: JsonValueKind.Object } message)
        {
            Report(DiagnosticSeverity.Warning, line, "assistant event without a message object");
            return;
        }

        if (e.Str("parent_tool_use_id") is { } parent)
        {
            ReadSubAgentCalls(parent, message, line, time);
            return;
        }

        // Claude Code streams a turn as one event per content block, all with the turn's message id.
        var messageId = message.Str("id");
        if (messageId is null || messageId != _turnMessageId)
        {
            StartTurn(messageId);
        }

        foreach (var block in message.Items("content"))
        {
            switch (block.Str("type"))
            {
                case "text" when block.Str("text") is { Length: > 0 } text:
                    _turnText.Add(text);
                    _lastText = text;
                    break;
                case "thinking" when block.Str("thinking") is { Length: > 0 } thinking:
                    _turnReasoning.Add(thinking);
                    break;
                case "tool_use":
                    var step = Draft(block, _steps.Count + 1, line, time);
                    if (_turnGroup == 0)
                    {
                        // Usage is per model call: it goes on the turn's first step only, so sums stay right.
                        _turnGroup = step.Id;
                        step.Tokens = Usage(message.Prop("usage"));
                    }

                    step.ParallelGroup = _turnGroup;
                    step.Thought = Join(_turnText);
                    step.Reasoning = Join(_turnReasoning);
                    _turnActed = true;
                    _steps.Add(step);
                    break;
            }
        }
    }

    private void StartTurn(string? messageId)
    {
        // Text of turns that issued no action is context for the next step (STEPS.md), so it is kept until one acts.
        if (_turnActed)
        {
            _turnText.Clear();
            _turnReasoning.Clear();
        }

        _turnMessageId = messageId;
        _turnGroup = 0;
        _turnActed = false;
    }

    private void ReadUser(JsonElement e, long line, DateTimeOffset? time)
    {
        var parent = e.Str("parent_tool_use_id");
        var content = e.Path("message", "content");
        if (content is { ValueKind: JsonValueKind.String } prompt)
        {
            if (parent is null)
            {
                Task ??= prompt.GetString();
            }

            return;
        }

        var steps = _steps;
        if (parent is not null)
        {
            if (Launcher(parent, line) is not { } launcher)
            {
                return;
            }

            steps = launcher.SubSteps;
        }

        IEnumerable<JsonElement> blocks = content is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
        foreach (var block in blocks)
        {
            if (block.Str("type") == "text" && parent is null && block.Str("text") is { } text)
            {
                Task ??= text;
                continue;
            }

            if (block.Str("type") != "tool_result" || block.Str("tool_use_id") is not { } id)
            {
                continue;
            }

            if (StepDraft.LatestOpen(steps, id) is { } step)
            {
                // Claude Code omits is_error on successful results: a result without it is not an error.
                step.Answer(ToolResultText.Of(block.Prop("content")), block.Bool("is_error") ?? false, time);
            }
            else
            {
                Report(DiagnosticSeverity.Warning, line, $"tool_result for {id}, which no open tool_use issued");
            }
        }
    }

    private StepDraft Draft(JsonElement block, int id, long line, DateTimeOffset? time)
    {
        var tool = block.Str("name") ?? "";
        var input = block.Prop("input");
        return new StepDraft
        {
            Id = id,
            Anchor = block.Str("id") ?? "",
            Tool = tool,
            Arguments = input?.GetRawText(),
            Action = ToolActionText.Of(tool, input),
            StartedAt = time,
            Provenance = new Provenance(file, line, null, fileSha256),
        };
    }

    private static TokenUsage? Usage(JsonElement? usage) => usage is { ValueKind: JsonValueKind.Object } u
        ? new TokenUsage(u.Long("input_tokens"), u.Long("output_tokens"), u.Long("cache_read_input_tokens"), u.Long("cache_creation_input_tokens"))
        : null;

    private static string? Join(List<string> parts) => parts.Count == 0 ? null : string.Join("\n\n", parts);
}
