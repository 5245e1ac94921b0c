using System.Text.Json;
using System.Text.Json.Serialization;
using CodeTracer.Cli.Analysis;
using CodeTracer.Localize.Profiles;

namespace CodeTracer.Cli.Commands.Analyze;

/// <summary>Prints one output profile of every analyzed run: <c>[{path, profile, view}]</c>, snake_case as benchmarks spell it.</summary>
public static class ProfileWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Actions and reasons are shell and code: keep quotes and backticks readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Write(AnalysisReport report, string profile, TextWriter output)
    {
        var runs = report.Runs.Select(r => new { path = r.Run.Path, profile, view = OutputProfiles.View(profile, r.Run, r.Tree, r.Diagnosis) });
        output.WriteLine(JsonSerializer.Serialize(runs, Options));
    }
}
