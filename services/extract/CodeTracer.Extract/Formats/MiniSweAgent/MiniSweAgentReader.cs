using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>
/// Reads a mini-SWE-agent trajectory. The style is decided by the content, not by which extractor was chosen:
/// any assistant tool call makes it v2, otherwise fenced command blocks are read (v1).
/// </summary>
internal static class MiniSweAgentReader
{
    public static Extraction Read(RunCandidate candidate, CancellationToken cancellationToken)
    {
        if (MiniSweAgentFiles.TrajectoryOf(candidate) is not { } relative)
        {
            return Extraction.Failed(candidate.Path, $"{candidate.Path}: no {candidate.Name}{MiniSweAgentFiles.Ending} in this folder");
        }

        var file = candidate.Resolve(relative);
        if (!JsonFile.TryLoad(file, out var document, out var error))
        {
            return Extraction.Failed(candidate.Path, error);
        }

        using (document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = document.RootElement;
            var messagesElement = root.ValueKind == JsonValueKind.Array ? root : root.Prop("messages");
            if (messagesElement is not { ValueKind: JsonValueKind.Array } list)
            {
                return Extraction.Failed(candidate.Path, $"{file}: valid JSON, but not a mini-SWE-agent trajectory " +
                    $"(expected a list of messages or an object with messages[], found {Describe(root)})");
            }

            return Extraction.Of(Build(candidate, file, root, list));
        }
    }

    private static Run Build(RunCandidate candidate, string file, JsonElement root, JsonElement list)
    {
        var source = FileHash.Describe(file);
        var diagnostics = new List<ExtractionDiagnostic>();
        var messages = new List<MiniSweAgentMessage>();
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                messages.Add(new MiniSweAgentMessage(index, element));
            }
            else
            {
                diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, null, $"messages[{index}] is {element.ValueKind}, not a message; skipped"));
            }

            index++;
        }

        var toolCalls = messages.Any(m => m.Role == "assistant" && m.Element.Prop("tool_calls").Items().Any());
        var steps = toolCalls
            ? MiniSweAgentToolCallSteps.Read(messages, file, source.Sha256)
            : MiniSweAgentTextSteps.Read(messages, file, source.Sha256);

        var info = root.Prop("info");
        var instanceId = root.Str("instance_id") ?? MiniSweAgentFiles.InstanceIdFromName(candidate.IsDirectory ? candidate.Path : file);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var outcome = SweBenchOutcome.FromSummaries(instanceId, [folder, Path.GetDirectoryName(folder) ?? folder]);
        var version = info?.Str("mini_version");
        return new Run
        {
            Path = candidate.Path,
            Format = toolCalls ? MiniSweAgentToolCallsExtractor.FormatId : MiniSweAgentTextExtractor.FormatId,
            FormatVersion = version,
            Agent = "mini-swe-agent",
            AgentVersion = version,
            Model = info?.Path("config", "model").Str("model_name") ?? info?.Path("config", "model").Str("model"),
            Task = messages.FirstOrDefault(m => m.Role == "user").Content,
            Outcome = outcome?.Outcome ?? RunOutcome.Unknown,
            Status = steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = FinalMessage(messages, toolCalls, info),
            Metrics = Metrics(info, messages),
            Sources = outcome is { File: var summary } ? [source, FileHash.Describe(summary)] : [source],
            Diagnostics = diagnostics,
        };
    }

    /// <summary>Text the agent wrote after its last action, else what it submitted when it exited.</summary>
    private static string? FinalMessage(List<MiniSweAgentMessage> messages, bool toolCalls, JsonElement? info)
    {
        var lastAction = messages.FindLastIndex(m => m.Role == "assistant" &&
            (toolCalls ? m.Element.Prop("tool_calls").Items().Any() : MiniSweAgentTextSteps.HasCommand(m.Content)));
        var trailing = messages.Skip(lastAction + 1).Where(m => m.Role == "assistant").Select(m => m.Content).LastOrDefault(t => t is not null);
        return trailing ?? messages.LastOrDefault(m => m.Role == "exit").Content ?? info?.Str("submission");
    }

    private static RunMetrics Metrics(JsonElement? info, List<MiniSweAgentMessage> messages)
    {
        var stats = info?.Prop("model_stats");
        var usages = messages.Where(m => m.Role == "assistant").Select(MiniSweAgentUsage.Of).OfType<TokenUsage>().ToList();
        var times = messages.Select(m => m.Timestamp).OfType<DateTimeOffset>().ToList();
        return new RunMetrics
        {
            InputTokens = stats?.Prop("tokens_sent").AsLong() ?? Sum(usages, u => u.Input),
            OutputTokens = stats?.Prop("tokens_received").AsLong() ?? Sum(usages, u => u.Output),
            CacheTokens = Sum(usages, u => u.CacheRead),
            CostUsd = stats?.Prop("instance_cost").AsDecimal(),
            StartedAt = times.Count == 0 ? null : times.Min(),
            EndedAt = times.Count == 0 ? null : times.Max(),
            ExitStatus = info?.Str("exit_status"),
        };
    }

    private static long? Sum(List<TokenUsage> usages, Func<TokenUsage, long?> part) =>
        usages.Any(u => part(u) is not null) ? usages.Sum(u => part(u) ?? 0) : null;

    private static string Describe(JsonElement root) => root.ValueKind == JsonValueKind.Object
        ? "an object with keys " + string.Join(", ", root.EnumerateObject().Take(8).Select(p => p.Name))
        : "a JSON " + root.ValueKind.ToString().ToLowerInvariant();
}
