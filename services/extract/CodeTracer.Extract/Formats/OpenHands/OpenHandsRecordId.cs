using System.Globalization;
using System.Text.Json;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// The ID of one record of a multi-run file, as corpus STEPS.md names runs <c>FILE#ID</c>: <c>instance_id</c>, else
/// <c>id</c>, <c>question_id</c> / <c>question_ID</c>, else <c>issue&lt;number&gt;</c> (resolver), else the 1-based line.
/// </summary>
internal static class OpenHandsRecordId
{
    private static readonly string[] Keys = ["instance_id", "id", "question_id", "question_ID"];

    public static string Of(JsonElement record, long line)
    {
        foreach (var key in Keys)
        {
            if (Scalar(record.Prop(key)) is { } id)
            {
                return id;
            }
        }

        return record.Path("issue", "number").AsLong() is { } number
            ? "issue" + number.ToString(CultureInfo.InvariantCulture)
            : line.ToString(CultureInfo.InvariantCulture);
    }

    private static string? Scalar(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String when value.Value.GetString() is { Length: > 0 } s => s,
        JsonValueKind.Number => value.Value.GetRawText(),
        _ => null,
    };
}
