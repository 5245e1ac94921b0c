using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.SweAgent;

/// <summary>
/// Reads a SWE-agent <c>.traj</c>. The layout is decided by the content: <c>trajectory[]</c> when the file has it,
/// else the assistant actions of <c>history[]</c>.
/// </summary>
internal static class SweAgentReader
{
    public static Extraction Read(RunCandidate candidate, CancellationToken cancellationToken)
    {
        var file = candidate.Path;
        if (candidate.IsDirectory)
        {
            return Extraction.Failed(file, $"{file}: a folder; SWE-agent runs are single .traj files");
        }

        if (!JsonFile.TryLoad(file, out var document, out var error))
        {
            return Extraction.Failed(file, error);
        }

        using (document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = document.RootElement;
            var trajectory = root.Prop("trajectory");
            var history = root.Prop("history");
            if (trajectory is not { ValueKind: JsonValueKind.Array } && history is not { ValueKind: JsonValueKind.Array })
            {
                return Extraction.Failed(file, $"{file}: valid JSON, but not a SWE-agent trajectory (expected an object with " +
                    $"trajectory[] or history[], found {Describe(root)})");
            }

            return Extraction.Of(Build(file, root, trajectory, history));
        }
    }

    private static Run Build(string file, JsonElement root, JsonElement? trajectory, JsonElement? history)
    {
        var source = FileHash.Describe(file);
        var fromTrajectory = trajectory is { ValueKind: JsonValueKind.Array };
        var steps = fromTrajectory
            ? SweAgentTrajectorySteps.Read(trajectory!.Value, file, source.Sha256)
            : SweAgentHistorySteps.Read(history!.Value, file, source.Sha256);
        var info = root.Prop("info");
        var (outcome, outcomeFile) = Outcome(file);
        var version = info?.Str("swe_agent_version");
        return new Run
        {
            Path = file,
            Format = fromTrajectory ? SweAgentTrajExtractor.FormatId : SweAgentHistoryOnlyExtractor.FormatId,
            FormatVersion = version,
            Agent = "swe-agent",
            AgentVersion = version,
            Model = Model(root),
            // 0.x puts a worked demonstration (is_demo) before the real task.
            Task = history.Items().FirstOrDefault(m => m.Str("role") == "user" && m.Prop("is_demo").AsBool() != true).Prop("content").Text(),
            Outcome = outcome,
            Status = steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = FinalMessage(history) ?? info?.Str("submission"),
            Metrics = new RunMetrics
            {
                InputTokens = info?.Path("model_stats", "tokens_sent").AsLong(),
                OutputTokens = info?.Path("model_stats", "tokens_received").AsLong(),
                CostUsd = info?.Path("model_stats", "instance_cost").AsDecimal(),
                ExitStatus = info?.Str("exit_status"),
            },
            Sources = outcomeFile is null ? [source] : [source, FileHash.Describe(outcomeFile)],
        };
    }

    /// <summary>A sibling SWE-bench report.json decides; else a harness summary beside the run or one folder up.</summary>
    private static (RunOutcome Outcome, string? File) Outcome(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var instanceId = Path.GetFileNameWithoutExtension(file);
        var report = Path.Combine(folder, "report.json");
        if (File.Exists(report) && SweBenchOutcome.FromReport(report, instanceId) is { } fromReport)
        {
            return (fromReport, report);
        }

        return SweBenchOutcome.FromSummaries(instanceId, [folder, Path.GetDirectoryName(folder) ?? folder]) is { } found
            ? (found.Outcome, found.File)
            : (RunOutcome.Unknown, null);
    }

    /// <summary>1.x keeps its run config in replay_config, as an object or as a JSON string.</summary>
    private static string? Model(JsonElement root)
    {
        var config = root.Prop("replay_config");
        if (config is { ValueKind: JsonValueKind.String })
        {
            config = JsonArguments.Parse(config.Value.GetString());
        }

        var model = config?.Path("agent", "model");
        return model?.Str("name") ?? model?.Str("model_name");
    }

    /// <summary>Text the agent wrote after its last action (the history ends with the submit action otherwise).</summary>
    private static string? FinalMessage(JsonElement? history)
    {
        var messages = history.Items().ToList();
        var lastAction = messages.FindLastIndex(m => m.Str("role") == "assistant" && SweAgentAction.IsAction(m.Str("action")));
        return messages.Skip(lastAction + 1).Where(m => m.Str("role") == "assistant")
            .Select(m => m.Prop("content").Text()).LastOrDefault(t => !string.IsNullOrWhiteSpace(t));
    }

    private static string Describe(JsonElement root) => root.ValueKind == JsonValueKind.Object
        ? "an object with keys " + string.Join(", ", root.EnumerateObject().Take(8).Select(p => p.Name))
        : "a JSON " + root.ValueKind.ToString().ToLowerInvariant();
}
