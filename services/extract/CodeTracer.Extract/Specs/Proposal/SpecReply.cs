using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeTracer.Extract.Specs.Proposal;

/// <summary>Gets the spec JSON out of a model reply (models like to add ``` fences) and stamps the version the store assigns.</summary>
internal static class SpecReply
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The reply's JSON object, or null with why not.</summary>
    public static JsonObject? ObjectOf(string reply, out string? error)
    {
        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        error = null;
        try
        {
            if (start >= 0 && end > start && JsonNode.Parse(reply[start..(end + 1)], documentOptions: Lenient) is JsonObject spec)
            {
                if (spec["id"]?.GetValueKind() == JsonValueKind.String)
                {
                    return spec;
                }

                error = "the spec has no string 'id'";
                return null;
            }
        }
        catch (JsonException e)
        {
            error = $"the reply is not valid JSON: {e.Message}";
            return null;
        }

        error = "the reply holds no JSON object";
        return null;
    }

    public static string WithVersion(JsonObject spec, int version)
    {
        spec["version"] = version;
        return spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
