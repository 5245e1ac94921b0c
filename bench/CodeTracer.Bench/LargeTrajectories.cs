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
}
