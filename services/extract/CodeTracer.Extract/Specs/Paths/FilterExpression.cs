using System.Text.Json;

namespace CodeTracer.Extract.Specs.Paths;

/// <summary>
/// A filter such as <c>@.role == 'assistant' &amp;&amp; @.tool_calls</c>: comparisons of a path with a literal, path
/// existence, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c> and parentheses. Evaluated against one element, never compiled.
/// </summary>
public abstract class FilterExpression
{
    public abstract bool Holds(JsonElement item);

    /// <summary>Parses a filter (with or without the surrounding <c>?( )</c>).</summary>
    public static FilterExpression Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("?(", StringComparison.Ordinal) && trimmed.EndsWith(')'))
        {
            trimmed = trimmed[2..^1];
        }

        return new PathParser(trimmed).ParseWholeFilter();
    }

    internal sealed class Exists(JsonPath path) : FilterExpression
    {
        public override bool Holds(JsonElement item) => path.First(item) is not null;
    }

    internal sealed class Not(FilterExpression inner) : FilterExpression
    {
        public override bool Holds(JsonElement item) => !inner.Holds(item);
    }

    internal sealed class And(FilterExpression left, FilterExpression right) : FilterExpression
    {
        public override bool Holds(JsonElement item) => left.Holds(item) && right.Holds(item);
    }

    internal sealed class Or(FilterExpression left, FilterExpression right) : FilterExpression
    {
        public override bool Holds(JsonElement item) => left.Holds(item) || right.Holds(item);
    }

    internal sealed class Compare(JsonPath path, string op, JsonElement literal) : FilterExpression
    {
        public override bool Holds(JsonElement item)
        {
            var value = path.Select(item).Select(m => (JsonElement?)m.Value).FirstOrDefault();
            if (value is not { } v)
            {
                return op == "!=";
            }

            return op switch
            {
                "==" => JsonElement.DeepEquals(v, literal),
                "!=" => !JsonElement.DeepEquals(v, literal),
                _ => v.ValueKind == JsonValueKind.Number && literal.ValueKind == JsonValueKind.Number && Order(v.GetDouble(), literal.GetDouble()),
            };
        }

        private bool Order(double left, double right) => op switch
        {
            "<" => left < right,
            "<=" => left <= right,
            ">" => left > right,
            _ => left >= right,
        };
    }
}
