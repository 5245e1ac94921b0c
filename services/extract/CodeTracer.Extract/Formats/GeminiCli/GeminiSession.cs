using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.GeminiCli;

/// <summary>The steps and run facts of a Gemini CLI session, fed one message at a time.</summary>
internal sealed class GeminiSession(string file, string sha)
{
    private readonly List<Step> _steps = [];
    private readonly List<ExtractionDiagnostic> _diagnostics = [];
    private string? _model;
    private string? _task;
    private string? _lastText;
    private long? _input;
    private long? _output;
    private long? _cached;

    public void Accept(JsonElement message, int index)
    {
        switch (message.Str("type"))
        {
            case "user":
                _task ??= message.Prop("content").Text();
                break;
            case "gemini":
                ReadGemini(message, index);
                break;
        }
    }

    public Run ToRun(JsonElement root, string format) => new()
    {
        Path = file,
        Format = format,
        Agent = "gemini-cli",
        Model = _model,
        Task = _task,
        Status = _steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
        Steps = _steps,
        FinalMessage = _lastText,
        Metrics = new RunMetrics
        {
            InputTokens = _input,
            OutputTokens = _output,
            CacheTokens = _cached,
            StartedAt = root.Time("startTime"),
            EndedAt = root.Time("lastUpdated"),
        },
        Sources = [FileHash.Describe(file)],
        Diagnostics = _diagnostics,
    };

    private void ReadGemini(JsonElement message, int index)
    {
        _model ??= message.Str("model");
        var text = message.Prop("content").Text();
        if (!string.IsNullOrWhiteSpace(text))
        {
            _lastText = text;
        }

        var tokens = message.Prop("tokens");
        if (tokens is { } t)
        {
            _input = (_input ?? 0) + (t.Long("input") ?? 0);
            _output = (_output ?? 0) + (t.Long("output") ?? 0);
            _cached = (_cached ?? 0) + (t.Long("cached") ?? 0);
        }

        var reasoning = Thoughts(message);
        var group = _steps.Count + 1;
        var call = 0;
        foreach (var toolCall in message.Items("toolCalls"))
        {
            var step = StepOf(toolCall, $"messages[{index}].toolCalls[{call}]", message.Time("timestamp")) with
            {
                ParallelGroup = group,
                Thought = string.IsNullOrWhiteSpace(text) ? null : text,
                Reasoning = reasoning,
                // Usage is per model response: it goes on the response's first call only, so sums stay right.
                Tokens = call == 0 && tokens is { } u ? new TokenUsage(u.Long("input"), u.Long("output"), u.Long("cached")) : null,
            };
            _steps.Add(step);
            call++;
        }
    }

    private Step StepOf(JsonElement toolCall, string location, DateTimeOffset? messageTime)
    {
        var tool = toolCall.Str("name") ?? "";
        var args = toolCall.Prop("args");
        var status = toolCall.Str("status");
        var results = toolCall.Items("result").ToList();
        var failed = status is "error" or "cancelled";
        var answered = results.Count > 0 || failed;
        if (toolCall.Str("id") is null)
        {
            _diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, null, $"{location} has no id"));
        }

        return new Step
        {
            Id = _steps.Count + 1,
            Anchor = toolCall.Str("id") ?? "",
            Tool = tool,
            Arguments = args?.GetRawText(),
            Action = tool == "run_shell_command" && args.Str("command") is { } command ? command : ToolActionText.Of(tool, args),
            Observation = answered ? Observation(results, toolCall) : null,
            HasObservation = answered,
            IsError = answered ? failed : null,
            StartedAt = toolCall.Time("timestamp") ?? messageTime,
            Provenance = new Provenance(file, null, location, sha),
        };
    }

    private static string Observation(List<JsonElement> results, JsonElement toolCall)
    {
        var parts = results
            .Select(r => r.Path("functionResponse", "response"))
            .Select(r => r.Prop("output") ?? r.Prop("error") ?? r)
            .Select(v => v is { ValueKind: JsonValueKind.String } s ? s.GetString()! : v?.GetRawText() ?? "")
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count > 0 ? string.Join("\n", parts) : toolCall.Str("resultDisplay") ?? "";
    }

    private static string? Thoughts(JsonElement message)
    {
        var parts = message.Items("thoughts")
            .Select(t => string.Join(": ", new[] { t.Str("subject"), t.Str("description") }.Where(p => !string.IsNullOrEmpty(p))))
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }
}
