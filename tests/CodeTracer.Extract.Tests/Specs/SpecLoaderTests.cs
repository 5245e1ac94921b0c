using CodeTracer.Extract.Specs;

namespace CodeTracer.Extract.Tests.Specs;

public sealed class SpecLoaderTests
{
    [Fact]
    public void TheShippedSpecsLoadAndDescribeThemselves()
    {
        var spec = Assert.Single(BuiltInSpecs.All());

        Assert.Equal("spec-mini-swe-agent-v2-toolcalls", spec.Id);
        Assert.Equal("1", spec.Version);
        Assert.Contains("file name *.traj.json", spec.Fingerprints);
        Assert.Contains("key \"tool_calls\"", spec.Fingerprints);
    }

    [Theory]
    [InlineData("""{"id": "x", "version": 1, "fingerprints": {}, "source": {}, "steps": {"action": "$.a"}}""", "fingerprints: at least one")]
    [InlineData("""{"id": "X Y", "version": 1, "fingerprints": {"file_names": ["*.json"]}, "source": {}, "steps": {"action": "$.a"}}""", "id: lowercase")]
    [InlineData("""{"id": "x", "version": 1, "fingerprints": {"file_names": ["*.json"]}, "source": {"format": "xml"}, "steps": {"action": "$.a"}}""", "source.format")]
    [InlineData("""{"id": "x", "version": 1, "fingerprints": {"file_names": ["*.json"]}, "source": {}, "steps": {"action": "$.a["}}""", "steps.action.path")]
    [InlineData("""{"id": "x", "version": 1, "fingerprints": {"file_names": ["*.json"]}, "source": {}, "steps": {"action": "$.a", "tool": {"path": "$.t", "from": "elsewhere"}}}""", "steps.tool.from")]
    [InlineData("""{"id": "x", "version": 1, "fingerprints": {"file_names": ["*.json"]}, "source": {}, "steps": {"action": "$.a"}, "exec": "rm -rf /"}""", "exec")]
    [InlineData("""{"id": "x", "version": 1, "fingerprints": {"line_patterns": ["(unclosed"]}, "source": {}, "steps": {"action": "$.a"}}""", "not a valid regular expression")]
    public void AnInvalidSpecIsRefusedWithWhatToFix(string json, string reason)
    {
        Assert.False(SpecLoader.TryParse(json, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
