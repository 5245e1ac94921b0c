using System.Globalization;
using CodeTracer.Localize.Heuristics;

namespace CodeTracer.Localize.Evaluation;

/// <summary>
/// The thresholds the held-out view may choose from: the defaults and variations of the trust given to each kind
/// of evidence. Small on purpose: with 44 labelled runs a large grid would just memorise them.
/// </summary>
public static class SettingsGrid
{
    public static IReadOnlyList<NamedSettings> Candidates(LocalizerOptions defaults)
    {
        var list = new List<NamedSettings>();
        foreach (var edit in new[] { 0.3, 0.6 })
        {
            foreach (var error in new[] { 0.4, 0.7 })
            {
                foreach (var bonus in new[] { 0.0, 0.1, 0.3 })
                {
                    foreach (var tail in new[] { 0.6, 0.8 })
                    {
                        var options = defaults with { ProductEditScore = edit, UnrecoveredErrorScore = error, FailedCheckBonus = bonus, DegenerateTailShare = tail };
                        var name = string.Create(CultureInfo.InvariantCulture, $"edit={edit} error={error} bonus={bonus} tail={tail}");
                        list.Add(new NamedSettings(name, new LocalizerSettings { Default = options }));
                    }
                }
            }
        }

        return list;
    }
}
