using System.CommandLine;

namespace CodeTracer.Cli.Commands.Eval;

public static class EvalCommandDefinition
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var labels = new Option<string?>("--labels") { Description = "A folder of failure label files (*.jsonl, see shared/labels/README.md)." };
        var corpus = new Option<string?>("--corpus") { Description = "Where label and manifest paths point into; defaults to the 'corpus' folder beside --labels." };
        var manifest = new Option<string?>("--manifest") { Description = "A CodeTraceBench-style manifest (JSONL: traj_id, path, stages, incorrect_stages)." };
        var whoAndWhen = new Option<string?>("--who-and-when") { Description = "A folder of Who&When logs (mistake_step labels): scores exact onset accuracy." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of the table." };
        var config = new Option<string?>("--config") { Description = "A JSON file of localizer settings: {\"Default\": {...}, \"Agents\": {\"claude-code\": {...}}}." };
        var heldOut = new Option<bool>("--held-out") { Description = "Also print the table per label source and the leave-one-source-out view." };
        var command = new Command("eval", "Score the heuristic localizer and the constant baselines against labelled runs.")
        {
            labels,
            corpus,
            manifest,
            whoAndWhen,
            json,
            config,
            heldOut,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new EvalOptions(parse.GetValue(labels), parse.GetValue(corpus), parse.GetValue(manifest), parse.GetValue(whoAndWhen), parse.GetValue(json), parse.GetValue(config), parse.GetValue(heldOut));
            return Task.FromResult(new EvalCommand(output, error).Run(options, cancellationToken));
        });
        return command;
    }
}
