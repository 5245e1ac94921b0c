using System.Globalization;
using System.Text;

namespace CodeTracer.Tree.Index;

/// <summary>
/// Cuts index lines to a token budget (see <see cref="TokenEstimate"/>) in rounds, each kept only as far as needed:
/// plain states go first, then states with errors (oldest first), then stage intents (oldest first), then whole
/// stages (oldest first, never the last). Every run of cut lines leaves one marker saying what was cut, errors
/// included, so the reader knows where to ask for more.
/// </summary>
internal static class IndexBudget
{
    public static string Join(string header, List<IndexLine> lines)
    {
        var text = new StringBuilder(header).Append('\n');
        var i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].Dropped)
            {
                text.Append(lines[i].Text).Append('\n');
                i++;
                continue;
            }

            var start = i;
            while (i < lines.Count && lines[i].Dropped)
            {
                i++;
            }

            text.Append(Marker(lines.GetRange(start, i - start))).Append('\n');
        }

        return text.ToString();
    }

    public static string Cut(string header, List<IndexLine> lines, int budgetTokens)
    {
        // Measured in UTF-8 bytes, which are never fewer than characters: the cut meets the token rule and a byte bound.
        var limit = TokenEstimate.CharsFor(budgetTokens);
        bool Fits() => Encoding.UTF8.GetByteCount(Join(header, lines)) <= limit;
        if (Fits())
        {
            return Join(header, lines);
        }

        foreach (var line in lines.Where(l => l.Priority == IndexPriority.State))
        {
            line.Dropped = true;
        }

        var rounds = new IEnumerable<Action>[]
        {
            lines.Where(l => l.Priority == IndexPriority.ErrorState).Select(l => (Action)(() => l.Dropped = true)),
            lines.Where(l => l.IsStage).Select(l => (Action)(() => l.Shortened = true)),
            lines.Where(l => l.IsStage).SkipLast(1).Select(l => (Action)(() => l.Dropped = true)),
        };
        foreach (var step in rounds.SelectMany(r => r))
        {
            if (Fits())
            {
                break;
            }

            step();
        }

        var text = Join(header, lines);
        while (Encoding.UTF8.GetByteCount(text) > limit)
        {
            text = text[..Math.Max(0, Math.Min(text.Length, limit) - 5)] + "...\n";
        }

        return text;
    }

    private static string Marker(List<IndexLine> cut)
    {
        var first = cut.Min(l => l.First).ToString(CultureInfo.InvariantCulture);
        var last = cut.Max(l => l.Last).ToString(CultureInfo.InvariantCulture);
        var stages = cut.Count(l => l.IsStage);
        var states = cut.Count(l => !l.IsStage);
        var errors = cut.Sum(l => l.Errors);
        var what = stages > 0 ? $"… {stages} stages" + (states > 0 ? $", {states} states" : "") : $"  … {states} states";
        return $"{what} cut, steps {first}-{last}" + (errors > 0 ? $", {errors} errors" : "");
    }
}
