using System.Text.Json;
using CodeTracer.Extract.Specs;
using CodeTracer.Extract.Specs.Paths;

namespace CodeTracer.Extract.Tests.Specs;

public sealed class JsonPathTests
{
    private static readonly JsonElement Doc = JsonDocument.Parse("""
        {"messages": [
          {"role": "user", "content": "fix it"},
          {"role": "assistant", "tool_calls": [{"id": "c1", "n": 3}, {"id": "c2", "n": 7}]},
          {"role": "tool", "tool_call_id": "c1", "content": null}
        ], "info": {"a b": 1}}
        """).RootElement;

    [Theory]
    [InlineData("$.messages[0].content", "fix it")]
    [InlineData("$.messages[-1].tool_call_id", "c1")]
    [InlineData("$['info']['a b']", "1")]
    [InlineData("$.messages[?(@.role == 'assistant')].tool_calls[1].id", "c2")]
    [InlineData("$.messages[1].tool_calls[?(@.n > 5)].id", "c2")]
    [InlineData("$.messages[?(@.role != 'user' && !@.tool_call_id)].role", "assistant")]
    public void APathReachesTheValueItNames(string path, string expected)
    {
        var match = Assert.Single(JsonPath.Parse(path).Select(Doc));

        Assert.Equal(expected, match.Value.ValueKind == JsonValueKind.String ? match.Value.GetString() : match.Value.GetRawText());
    }

    [Fact]
    public void MatchesCarryTheLocationProvenanceUses()
    {
        var locations = JsonPath.Parse("$.messages[*].tool_calls[*]").Select(Doc).Select(m => m.Location);

        Assert.Equal(["messages[1].tool_calls[0]", "messages[1].tool_calls[1]"], locations);
    }

    [Fact]
    public void FirstSkipsJsonNullLikeAMissingValue()
    {
        Assert.Null(JsonPath.Parse("$.messages[2].content").First(Doc));
    }

    [Theory]
    [InlineData("messages", "a path starts with $")]
    [InlineData("$.messages[", "expected *, an index")]
    [InlineData("$.messages[?(@.role == )]", "is not a literal")]
    [InlineData("$.a b", "unexpected text after the path")]
    public void ABrokenPathSaysWhatIsWrongAndWhere(string path, string reason)
    {
        var error = Assert.Throws<SpecFormatException>(() => JsonPath.Parse(path));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("position", error.Message, StringComparison.Ordinal);
    }
}
