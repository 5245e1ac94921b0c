using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>
/// v1: one step per assistant message holding a fenced command block; the next user message is its output.
/// mini-SWE-agent runs only the first block (more than one is a format error it answers in that message).
/// </summary>
internal static partial class MiniSweAgentTextSteps
{
    public static List<Step> Read(IReadOnlyList<MiniSweAgentMessage> messages, string file, string sha256)
    {
        var steps = new List<Step>();
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (message.Role != "assistant" || message.Content is not { } text || CommandBlock().Match(text) is not { Success: true } block)
            {
                continue;
            }

            MiniSweAgentMessage? answer = i + 1 < messages.Count && messages[i + 1].Role is "user" or "tool" ? messages[i + 1] : null;
            var observation = answer?.Content;
            var exitCode = ReturnCode.Parse(observation);
            var id = steps.Count + 1;
            steps.Add(new Step
            {
                Id = id,
                Anchor = message.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Tool = "bash",
                Action = block.Groups["command"].Value.Trim(),
                Observation = observation,
                HasObservation = answer is not null,
                ExitCode = exitCode,
                IsError = answer is null || exitCode is null ? null : exitCode != 0,
                StartedAt = message.Timestamp,
                EndedAt = answer?.Timestamp,
                Thought = text,
                ParallelGroup = id,
                Tokens = MiniSweAgentUsage.Of(message),
                Provenance = new Provenance(file, null, message.Location, sha256),
            });
        }

        return steps;
    }

    public static bool HasCommand(string? text) => text is not null && CommandBlock().IsMatch(text);

    [GeneratedRegex("```(?:mswea_bash_command|bash|sh)[ \\t]*\\r?\\n(?<command>.*?)\\r?\\n?```", RegexOptions.Singleline)]
    private static partial Regex CommandBlock();
}
