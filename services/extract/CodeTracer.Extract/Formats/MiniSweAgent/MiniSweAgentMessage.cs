using System.Text.Json;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>One entry of <c>messages[]</c> with its index, which is the anchor and location of what it holds.</summary>
internal readonly record struct MiniSweAgentMessage(int Index, JsonElement Element)
{
    public string? Role => Element.Str("role");

    public string? Content => Element.Prop("content").Text();

    public string Location => $"messages[{Index}]";

    public DateTimeOffset? Timestamp => Element.Path("extra", "timestamp").AsEpochSeconds();
}
