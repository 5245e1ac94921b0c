using System.Globalization;
using System.Text.Json;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Specs.Model;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>Interprets rules: the first rule of a field that reaches a value gives the field.</summary>
internal static class RuleEvaluator
{
    public static string? Text(SpecValue? value, SpecScope scope, string fallbackScope = "item", string defaultAs = "text")
    {
        foreach (var rule in value?.Rules ?? [])
        {
            if (Resolve(rule, scope, fallbackScope) is { } found)
            {
                return found.Text ?? Render(found.Element!.Value, rule.As ?? defaultAs);
            }
        }

        return null;
    }

    public static int? Int(SpecValue? value, SpecScope scope, string fallbackScope = "item")
    {
        foreach (var rule in value?.Rules ?? [])
        {
            var number = Resolve(rule, scope, fallbackScope) switch
            {
                { Text: { } t } => long.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
                { Element: var e } => e.AsLong(),
                _ => null,
            };
            if (number is { } n)
            {
                return (int)n;
            }
        }

        return null;
    }

    public static DateTimeOffset? Time(SpecValue? value, SpecScope scope, string fallbackScope = "item")
    {
        foreach (var rule in value?.Rules ?? [])
        {
            var found = Resolve(rule, scope, fallbackScope);
            var time = found switch
            {
                { Element: { ValueKind: JsonValueKind.Number } e } => ((JsonElement?)e).AsEpochSeconds(),
                { Text: { } t } => ParseTime(t),
                { Element: { ValueKind: JsonValueKind.String } e } => ParseTime(e.GetString()!),
                _ => null,
            };
            if (time is not null)
            {
                return time;
            }
        }

        return null;
    }

    /// <summary>The first rule that decides; rules without a <c>test</c> read a JSON boolean.</summary>
    public static bool? Decide(SpecValue? value, SpecScope scope, string fallbackScope = "item")
    {
        foreach (var rule in value?.Rules ?? [])
        {
            if (Resolve(rule, scope, fallbackScope) is not { } found)
            {
                continue;
            }

            var text = found.Text ?? Render(found.Element!.Value, "text");
            bool? decision = rule.Test switch
            {
                "non_empty" => string.IsNullOrEmpty(text) ? null : true,
                "equals" => Same(found, rule.Expected!.Value),
                "not_equals" => !Same(found, rule.Expected!.Value),
                _ => found.Element.AsBool() ?? (bool.TryParse(text, out var b) ? b : null),
            };
            if (decision is not null)
            {
                return decision;
            }
        }

        return null;
    }

    public static RuleValue? Resolve(SpecRule rule, SpecScope scope, string fallbackScope)
    {
        RuleValue found;
        if (rule.Value is { } literal)
        {
            found = new RuleValue(literal, null);
        }
        else if (rule.Group is { } group)
        {
            if (scope.LineMatch?.Groups[group] is not { Success: true } captured)
            {
                return null;
            }

            found = new RuleValue(null, captured.Value);
        }
        else if (scope.Of(rule.From, fallbackScope) is { } origin && rule.CompiledPath?.First(origin) is { } element)
        {
            found = new RuleValue(element, null);
        }
        else
        {
            return null;
        }

        if (rule.Type is { } kind && !OfKind(found, kind))
        {
            return null;
        }

        if (rule.CompiledRegex is { } regex)
        {
            var text = found.Text ?? Render(found.Element!.Value, rule.As ?? "text");
            var match = regex.Match(text);
            if (!match.Success)
            {
                return null;
            }

            var value = match.Groups["value"] is { Success: true } named ? named : match.Groups.Count > 1 ? match.Groups[1] : match.Groups[0];
            return new RuleValue(null, value.Value);
        }

        return found;
    }

    public static string Render(JsonElement element, string style) => style switch
    {
        "raw" => JsonArguments.Raw(element)!,
        "json" => JsonArguments.Render(element),
        _ => ((JsonElement?)element).Text()!,
    };

    private static bool OfKind(RuleValue found, string kind) => found.Element?.ValueKind switch
    {
        null => kind == "string",
        JsonValueKind.String => kind == "string",
        JsonValueKind.Number => kind == "number",
        JsonValueKind.True or JsonValueKind.False => kind == "boolean",
        JsonValueKind.Object => kind == "object",
        JsonValueKind.Array => kind == "array",
        _ => false,
    };

    private static bool Same(RuleValue found, JsonElement expected) => found.Element is { } e
        ? JsonElement.DeepEquals(e, expected)
        : expected.ValueKind == JsonValueKind.String && expected.GetString() == found.Text;

    private static DateTimeOffset? ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s < 1e11
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(s * 1000)) : null;
}
