using System.Text.Json;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Localize.Llm;

/// <summary>
/// Checks the final answer against the schema in <see cref="LlmPrompt.System"/> and against the run: every id is a
/// step of the run, every step labelled incorrect (the onset included) was read with get_step, the chain starts at
/// the onset, and the replay resumes before it. The errors go back to the model verbatim when it is re-asked.
/// </summary>
public static class AnswerValidator
{
    public static LlmAnswer? Validate(string? reply, Run run, IReadOnlyCollection<int> inspected, out IReadOnlyList<string> errors)
    {
        var found = new List<string>();
        errors = found;
        if (ObjectOf(reply) is not { } root)
        {
            found.Add("the answer is not one JSON object");
            return null;
        }

        var ids = run.Steps.Select(s => s.Id).ToHashSet();
        var onset = Int(root, "onset", found, nullable: true);
        var incorrect = Ints(root, "incorrect", found);
        var unuseful = Ints(root, "unuseful", found);
        var category = Category(root, found);
        var reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String && r.GetString()!.Trim().Length > 0 ? r.GetString()!.Trim() : null;
        if (reason is null)
        {
            found.Add("\"reason\" must be a non-empty string");
        }

        var confidence = root.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : -1;
        if (confidence is < 0 or > 1)
        {
            found.Add("\"confidence\" must be a number from 0 to 1");
        }

        var chain = onset is { } o ? incorrect.Append(o).Distinct().Order().ToList() : incorrect;
        found.AddRange(chain.Concat(unuseful).Distinct().Where(id => !ids.Contains(id)).Select(id => $"step {id} does not exist (steps are {ids.Min()} to {ids.Max()})"));
        found.AddRange(chain.Where(id => ids.Contains(id) && !inspected.Contains(id)).Select(id => $"step {id} is labelled incorrect but was never read with get_step; read it first or drop it"));
        if (onset is null && incorrect.Count > 0)
        {
            found.Add("\"incorrect\" must be empty when \"onset\" is null");
        }

        if (onset is { } start && chain.Any(id => id < start))
        {
            found.Add($"the error chain starts at the onset: \"incorrect\" has steps before step {start}");
        }

        if (onset is not null && category is null)
        {
            found.Add("\"category\" is required when there is an onset");
        }

        var replay = Replay(root, onset, ids, found);
        return found.Count > 0 ? null : new LlmAnswer(onset, chain, [.. unuseful.Distinct().Order()], category, confidence, reason!, replay);
    }

    /// <summary>Models wrap JSON in code fences or a sentence; the first object is the answer.</summary>
    private static JsonElement? ObjectOf(string? reply)
    {
        var start = reply?.IndexOf('{') ?? -1;
        var end = reply?.LastIndexOf('}') ?? -1;
        if (start < 0 || end < start)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(reply![start..(end + 1)]);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? Int(JsonElement root, string name, List<string> errors, bool nullable)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
            {
                errors.Add($"\"{name}\" is required");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id))
        {
            return id;
        }

        errors.Add($"\"{name}\" must be a step id (an integer){(nullable ? " or null" : "")}");
        return null;
    }

    private static List<int> Ints(JsonElement root, string name, List<string> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out _)))
        {
            return [.. value.EnumerateArray().Select(v => v.GetInt32())];
        }

        errors.Add($"\"{name}\" must be an array of step ids");
        return [];
    }

    private static ErrorCategory? Category(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("category", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) : "";
        if (Enum.TryParse<ErrorCategory>(text, ignoreCase: true, out var category) && Enum.IsDefined(category) && !int.TryParse(text, out _))
        {
            return category;
        }

        errors.Add($"\"category\" must be one of {string.Join(", ", Enum.GetNames<ErrorCategory>())}");
        return null;
    }

    private static ReplayHint? Replay(JsonElement root, int? onset, HashSet<int> ids, List<string> errors)
    {
        if (!root.TryGetProperty("replay", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var resume = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("resume_from_step", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out var id) ? id : (int?)null;
        var instruction = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("instruction", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()!.Trim() : "";
        if (resume is null || instruction.Length == 0)
        {
            errors.Add("\"replay\" must be null or {\"resume_from_step\": step id or 0, \"instruction\": non-empty text}");
            return null;
        }

        if ((resume != 0 && !ids.Contains(resume.Value)) || (onset is { } o && resume >= o))
        {
            errors.Add($"\"replay.resume_from_step\" must be 0 or a step before the onset{(onset is { } at ? $" (step {at})" : "")}");
            return null;
        }

        return new ReplayHint(resume.Value, instruction);
    }
}
