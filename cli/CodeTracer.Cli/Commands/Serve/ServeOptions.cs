namespace CodeTracer.Cli.Commands.Serve;

public sealed record ServeOptions(IReadOnlySet<ServiceRole> Roles, string Urls)
{
    public static IReadOnlySet<ServiceRole> AllRoles { get; } = Enum.GetValues<ServiceRole>().ToHashSet();

    /// <summary>Parses <c>ingest,extract</c>; the error names the unknown role and the known ones.</summary>
    public static IReadOnlySet<ServiceRole> ParseRoles(string text, out string? error)
    {
        var roles = new HashSet<ServiceRole>();
        error = null;
        foreach (var word in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ServiceRole>(word, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                error = $"unknown role '{word}'; roles are {string.Join(", ", AllRoles.Select(r => r.ToString().ToLowerInvariant()))}";
                return roles;
            }

            roles.Add(role);
        }

        if (roles.Count == 0)
        {
            error = "--roles names no role";
        }

        return roles;
    }
}
