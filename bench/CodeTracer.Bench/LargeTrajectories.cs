using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CodeTracer.Bench;

/// <summary>
/// Writes ~N MB trajectories from real corpus lines repeated with fresh ids (so every call still has its own
/// result): a Claude Code stream-json file and a mini-SWE-agent v2 .traj.json document. Written streaming.
/// </summary>
public static partial class LargeTrajectories
{
    public const string StreamJsonSource = "terminal-bench-kimi-k2.5/polyglot-c-py__3z6k7TU/agent/claude-code.txt";
    public const string AtifSource = "terminal-bench-kimi-k2.5/polyglot-c-py__3z6k7TU";
    public const string MiniSource = "mini-swe-agent/deepseek_chat_test_1-100/django__django-13265/django__django-13265.traj.json";

    public static string StreamJson(string folder, long bytes)
    {
        var file = Path.Combine(folder, "stream", "claude-code.txt");
        if (File.Exists(file))
        {
            return file;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var lines = File.ReadAllLines(Path.Combine(BenchCorpus.Root, StreamJsonSource));
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false));
        writer.WriteLine(lines[0]);
        var body = lines.Skip(1).Where(l => !l.Contains("\"type\":\"result\"", StringComparison.Ordinal)).ToList();
        for (var round = 0; writer.BaseStream.Length < bytes; round++)
        {
            foreach (var line in body)
            {
                writer.WriteLine(Ids().Replace(line, m => $"{m.Groups[1].Value}{m.Groups[2].Value}~r{round}\""));
            }

            writer.Flush();
        }

        return file;
    }

    public static string MiniTraj(string folder, long bytes)
    {
        var file = Path.Combine(folder, "mini", "big.traj.json");
        if (File.Exists(file))
        {
            return file;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var source = JsonNode.Parse(File.ReadAllText(Path.Combine(BenchCorpus.Root, MiniSource)))!.AsObject();
        var messages = source["messages"]!.AsArray();
        using var stream = File.Create(file);
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WritePropertyName("info");
        source["info"]!.WriteTo(writer);
        writer.WriteString("trajectory_format", source["trajectory_format"]!.GetValue<string>());
        writer.WriteString("instance_id", "big-instance");
        writer.WriteStartArray("messages");
        messages[0]!.WriteTo(writer);
        messages[1]!.WriteTo(writer);
        for (var round = 0; stream.Length + writer.BytesPending < bytes; round++)
        {
            foreach (var message in messages.Skip(2).Where(m => m!["role"]?.GetValue<string>() is "assistant" or "tool"))
            {
                var copy = message!.DeepClone();
                Renumber(copy, round);
                copy.WriteTo(writer);
            }

            writer.Flush();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return file;
    }

    /// <summary>A Harbor trial folder whose agent/trajectory.json repeats the source's agent steps with fresh call ids.</summary>
    public static string HarborTrial(string folder, long bytes)
    {
        var trial = Path.Combine(folder, "harbor", "big-trial");
        var file = Path.Combine(trial, "agent", "trajectory.json");
        if (File.Exists(file))
        {
            return trial;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var source = Path.Combine(BenchCorpus.Root, AtifSource);
        File.Copy(Path.Combine(source, "result.json"), Path.Combine(trial, "result.json"), true);
        var atif = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "agent", "trajectory.json")))!.AsObject();
        var steps = atif["steps"]!.AsArray();
        using var stream = File.Create(file);
        // Indented like Harbor writes it, so provenance line numbers are exercised as on real files.
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        foreach (var (name, value) in atif.Where(p => p.Key != "steps" && p.Key != "final_metrics"))
        {
            writer.WritePropertyName(name);
            value!.WriteTo(writer);
        }

        writer.WriteStartArray("steps");
        steps[0]!.WriteTo(writer);
        for (var round = 0; stream.Length + writer.BytesPending < bytes; round++)
        {
            foreach (var step in steps.Skip(1))
            {
                var text = AtifIds().Replace(step!.ToJsonString(), m => $"{m.Groups[1].Value}{m.Groups[2].Value}~r{round}\"");
                JsonNode.Parse(text)!.WriteTo(writer);
            }

            writer.Flush();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("final_metrics");
        atif["final_metrics"]!.WriteTo(writer);
        writer.WriteEndObject();
        return trial;
    }

    private static void Renumber(JsonNode message, int round)
    {
        if (message["tool_call_id"] is { } answered)
        {
            message["tool_call_id"] = $"{answered.GetValue<string>()}~r{round}";
        }

        foreach (var call in message["tool_calls"]?.AsArray() ?? [])
        {
            call!["id"] = $"{call["id"]!.GetValue<string>()}~r{round}";
        }
    }

    [GeneratedRegex("(\"(?:id|tool_use_id)\":\")([^\"]+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("(\"(?:id|tool_use_id|tool_call_id|source_call_id)\":\")([^\"]+)\"")]
    private static partial Regex AtifIds();
}
