using Microsoft.Extensions.Configuration;

namespace CodeTracer.Localize.Heuristics;

/// <summary>
/// Thresholds per agent framework: a run uses the options of its <c>Run.Agent</c> when there are some, else the
/// defaults. Agents differ in how they fail (mini-SWE-agent runs are long and edit by <c>sed</c>; Claude Code runs
/// are short and verify less), so one set of numbers does not fit all of them.
/// </summary>
public sealed record LocalizerSettings
{
    /// <summary>The configuration section the services read these settings from.</summary>
    public const string Section = "CodeTracer:Localizer";

    public LocalizerOptions Default { get; init; } = new();

    /// <summary>Keyed by <c>Run.Agent</c> (case-insensitive), e.g. <c>mini-swe-agent</c>, <c>claude-code</c>.</summary>
    public IReadOnlyDictionary<string, LocalizerOptions> Agents { get; init; } = BuiltInAgents;

    /// <summary>
    /// What is known of each framework without configuration: OpenHands evaluation runs stop at 50 iterations
    /// (the corpus' Multi-SWE-bench run says "max iteration: 50"), so a run that used them all ran out of budget.
    /// </summary>
    public static IReadOnlyDictionary<string, LocalizerOptions> BuiltInAgents { get; } = new Dictionary<string, LocalizerOptions>(StringComparer.OrdinalIgnoreCase)
    {
        ["openhands"] = new() { StepBudget = 50 },
    };

    public LocalizerOptions For(string? agent)
    {
        if (agent is null || Agents.FirstOrDefault(a => string.Equals(a.Key, agent, StringComparison.OrdinalIgnoreCase)) is not { Value: { } found })
        {
            return Default;
        }

        // Built-in entries carry only framework facts, so they layer over whatever defaults these settings have.
        return ReferenceEquals(Agents, BuiltInAgents) ? Default with { StepBudget = found.StepBudget ?? Default.StepBudget } : found;
    }

    /// <summary>
    /// Reads a <c>Localizer</c> section: <c>{"Default": {...}, "Agents": {"mini-swe-agent": {...}}}</c>. An agent's
    /// section overrides only the keys it names; the rest come from <c>Default</c>.
    /// </summary>
    public static LocalizerSettings From(IConfiguration section)
    {
        var defaults = Bind(section.GetSection("Default"), new LocalizerOptions());
        var agents = section.GetSection("Agents").GetChildren().ToDictionary(c => c.Key, c => Bind(c, defaults), StringComparer.OrdinalIgnoreCase);
        foreach (var (agent, builtIn) in BuiltInAgents.Where(b => !agents.ContainsKey(b.Key)))
        {
            agents[agent] = defaults with { StepBudget = builtIn.StepBudget };
        }

        return new LocalizerSettings { Default = defaults, Agents = agents };
    }

    /// <summary>Reads a JSON file holding the settings object (the body of the <c>Localizer</c> section).</summary>
    public static LocalizerSettings FromJson(string json) =>
        From(new ConfigurationBuilder().AddInMemoryCollection(JsonKeys.Flatten(json)).Build());

    // Records with init-only properties bind through a mutable copy: the binder sets each named key on it.
    private static LocalizerOptions Bind(IConfiguration section, LocalizerOptions start)
    {
        var copy = start with { };
        section.Bind(copy);
        return copy;
    }
}
