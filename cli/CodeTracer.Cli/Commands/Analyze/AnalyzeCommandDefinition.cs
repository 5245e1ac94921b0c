using System.CommandLine;
using CodeTracer.Localize.Profiles;

namespace CodeTracer.Cli.Commands.Analyze;

public static class AnalyzeCommandDefinition
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path")
        {
            Description = "A run folder, a trajectory file, a folder of many runs (searched recursively), or a .tar.gz/.tgz/.zip of any of them.",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of the summary." };
        var format = new Option<string?>("--format") { Description = "Read the input with this extractor instead of detecting it." };
        var tree = new Option<bool>("--tree") { Description = "Print the compact tree index of each run (stages, state segments, files, errors)." };
        var budget = new Option<int?>("--budget") { Description = "Cut each tree index to about N tokens (4 characters a token), keeping stages, errors and the last state." };
        var spec = new Option<string?>("--spec") { Description = "Read the input with this extractor spec (a JSON file) instead of detecting it." };
        var profile = new Option<string?>("--profile") { Description = "Print one view of each diagnosis as JSON: tracebench, detailed or rl_feedback." };
        profile.AcceptOnlyFromAmong([.. OutputProfiles.Names]);
        var llm = new Option<bool>("--llm")
        {
            Description = "Diagnose with the LLM at CodeTracer__Llm__Endpoint (model, key and budgets from CodeTracer__Llm__*), falling back to the heuristics.",
        };
        var command = new Command("analyze", "Extract, build the trace tree and localize the failure of every run under PATH.")
        {
            path,
            json,
            format,
            tree,
            budget,
            spec,
            profile,
            llm,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new AnalyzeOptions(parse.GetValue(path)!)
            {
                Json = parse.GetValue(json),
                Format = parse.GetValue(format),
                Tree = parse.GetValue(tree),
                Budget = parse.GetValue(budget),
                Spec = parse.GetValue(spec),
                Profile = parse.GetValue(profile),
                Llm = parse.GetValue(llm),
            };
            return new AnalyzeCommand(output, error).RunAsync(options, cancellationToken);
        });
        return command;
    }
}
