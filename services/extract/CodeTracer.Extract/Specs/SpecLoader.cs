using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CodeTracer.Extract.Specs.Model;
using CodeTracer.Extract.Specs.Paths;

namespace CodeTracer.Extract.Specs;

/// <summary>
/// Turns spec JSON into a checked <see cref="SpecDocument"/>: unknown options, paths, filters and patterns that do
/// not parse are refused with what and where, so an LLM (or a person) can be told exactly what to fix.
/// </summary>
public static class SpecLoader
{
    /// <summary>Patterns come from outside; a bound keeps a pathological one from stalling extraction.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    private static readonly string[] Formats = ["json", "jsonl", "lines"];
    private static readonly string[] Scopes = ["item", "record", "observation", "arguments", "root", "records"];
    private static readonly string[] Renderings = ["text", "raw", "json"];
    private static readonly string[] Kinds = ["string", "number", "boolean", "object", "array"];
    private static readonly string[] Tests = ["non_empty", "bool", "equals", "not_equals"];

    /// <summary>Parses and checks a spec; throws <see cref="SpecFormatException"/> saying what is wrong.</summary>
    public static SpecDocument Parse(string json)
    {
        SpecDocument? spec;
        try
        {
            spec = JsonSerializer.Deserialize<SpecDocument>(json, Options);
        }
        catch (JsonException e)
        {
            throw new SpecFormatException($"not a valid spec: {e.Message}");
        }

        if (spec is null)
        {
            throw new SpecFormatException("not a valid spec: the document is null");
        }

        Check(spec);
        return spec;
    }

    public static bool TryParse(string json, out SpecDocument? spec, out string? error)
    {
        try
        {
            spec = Parse(json);
            error = null;
            return true;
        }
        catch (SpecFormatException e)
        {
            (spec, error) = (null, e.Message);
            return false;
        }
    }

    private static void Check(SpecDocument spec)
    {
        Require(!string.IsNullOrWhiteSpace(spec.Id) && Regex.IsMatch(spec.Id, "^[a-z0-9][a-z0-9._-]*$"), "id: lowercase letters, digits, '.', '_' or '-'");
        Require(spec.Version >= 1, "version: 1 or more");
        Require(Formats.Contains(spec.Source.Format), $"source.format: one of {string.Join(", ", Formats)}");
        Require(spec.Fingerprints.FileNames.Count + spec.Fingerprints.RequiredKeys.Count + spec.Fingerprints.KeySets.Count
            + spec.Fingerprints.LinePatterns.Count > 0, "fingerprints: at least one file name, key, key set or line pattern");
        foreach (var pattern in spec.Fingerprints.LinePatterns)
        {
            CompileRegex(pattern, "fingerprints.line_patterns");
        }

        CompilePath(spec.Source.Records, "source.records");
        var steps = spec.Steps;
        CompileFilter(steps.Select, "steps.select");
        CompilePath(steps.Each, "steps.each");
        Require(spec.Source.Format != "lines" || steps.Line is not null, "steps.line: required for the lines format");
        if (steps.Line is not null)
        {
            CompileRegex(steps.Line, "steps.line");
        }

        Require(steps.Action is not null || spec.Source.Format == "lines", "steps.action: required");
        foreach (var (name, value) in Fields(spec))
        {
            foreach (var rule in value?.Rules ?? [])
            {
                CheckRule(rule, name);
            }
        }

        if (steps.Observation?.Join is { } join)
        {
            CompilePath(join.In, "steps.observation.join.in");
            CompileFilter(join.Select, "steps.observation.join.select");
            CompilePath(join.Key, "steps.observation.join.key");
            CompilePath(join.Matches, "steps.observation.join.matches");
        }
    }

    private static IEnumerable<(string, SpecValue?)> Fields(SpecDocument spec)
    {
        var s = spec.Steps;
        yield return ("steps.anchor", s.Anchor);
        yield return ("steps.tool", s.Tool);
        yield return ("steps.arguments", s.Arguments);
        yield return ("steps.action", s.Action);
        yield return ("steps.observation.text", s.Observation?.Text);
        yield return ("steps.is_error.rules", s.IsError?.Rules);
        yield return ("steps.exit_code", s.ExitCode);
        yield return ("steps.started_at", s.StartedAt);
        yield return ("steps.ended_at", s.EndedAt);
        yield return ("steps.thought", s.Thought);
        yield return ("steps.reasoning", s.Reasoning);
        var r = spec.Run;
        yield return ("run.agent", r?.Agent);
        yield return ("run.agent_version", r?.AgentVersion);
        yield return ("run.format_version", r?.FormatVersion);
        yield return ("run.model", r?.Model);
        yield return ("run.task", r?.Task);
        yield return ("run.exit_status", r?.ExitStatus);
        yield return ("run.outcome.resolved", r?.Outcome?.Resolved);
        yield return ("run.outcome.swe_bench_instance_id", r?.Outcome?.SweBenchInstanceId);
    }

    private static void CheckRule(SpecRule rule, string field)
    {
        Require(rule.Path is not null || rule.Value is not null || rule.Group is not null, $"{field}: a rule needs path, value or group");
        Require(rule.From is null || Scopes.Contains(rule.From), $"{field}.from: one of {string.Join(", ", Scopes)}");
        Require(rule.As is null || Renderings.Contains(rule.As), $"{field}.as: one of {string.Join(", ", Renderings)}");
        Require(rule.Type is null || Kinds.Contains(rule.Type), $"{field}.type: one of {string.Join(", ", Kinds)}");
        Require(rule.Test is null || Tests.Contains(rule.Test), $"{field}.test: one of {string.Join(", ", Tests)}");
        Require(rule.Test is not ("equals" or "not_equals") || rule.Expected is not null, $"{field}: test {rule.Test} needs 'equals'");
        rule.CompiledPath = CompilePath(rule.Path, field + ".path");
        rule.CompiledSelect = CompileFilter(rule.Select, field + ".select");
        rule.CompiledRegex = rule.Regex is null ? null : CompileRegex(rule.Regex, field + ".regex");
    }

    internal static JsonPath? CompilePath(string? path, string field) => Wrap(path, field, JsonPath.Parse);

    internal static FilterExpression? CompileFilter(string? filter, string field) => Wrap(filter, field, FilterExpression.Parse);

    internal static Regex CompileRegex(string pattern, string field) =>
        Wrap(pattern, field, p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Multiline, RegexTimeout))!;

    private static T? Wrap<T>(string? text, string field, Func<string, T> parse) where T : class
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return parse(text);
        }
        catch (SpecFormatException e)
        {
            throw new SpecFormatException($"{field}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new SpecFormatException($"{field}: not a valid regular expression: {e.Message}");
        }
    }

    private static void Require(bool holds, string what)
    {
        if (!holds)
        {
            throw new SpecFormatException(what);
        }
    }
}
