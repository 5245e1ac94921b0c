using System.CommandLine;

namespace CodeTracer.Cli.Commands.Extractors;

/// <summary><c>codetracer extractors list | show ID | test SPEC PATH</c>.</summary>
public static class ExtractorsCommandDefinition
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var commands = new ExtractorsCommands(output, error);
        return new Command("extractors", "The extractors CodeTracer knows: built-in, shipped specs and stored specs.")
        {
            List(commands),
            Show(commands),
            Test(commands),
        };
    }

    private static Option<string?> StoreOption() =>
        new("--store") { Description = "The SQLite store holding specs (default: the embedded store's default location)." };

    private static Command List(ExtractorsCommands commands)
    {
        var store = StoreOption();
        var command = new Command("list", "List every extractor with its id, version and fingerprints.") { store };
        command.SetAction((parse, ct) => commands.ListAsync(parse.GetValue(store), ct));
        return command;
    }

    private static Command Show(ExtractorsCommands commands)
    {
        var id = new Argument<string>("id") { Description = "An extractor or spec id, as `extractors list` prints it." };
        var store = StoreOption();
        var command = new Command("show", "Print a spec's JSON, or a built-in extractor's fingerprints.") { id, store };
        command.SetAction((parse, ct) => commands.ShowAsync(parse.GetValue(id)!, parse.GetValue(store), ct));
        return command;
    }

    private static Command Test(ExtractorsCommands commands)
    {
        var spec = new Argument<string>("spec") { Description = "A spec JSON file." };
        var path = new Argument<string>("path") { Description = "A trajectory file or run folder to try it on." };
        var command = new Command("test", "Run a spec on an input: steps found, validation result, the first steps.") { spec, path };
        command.SetAction((parse, ct) => Task.FromResult(commands.Test(parse.GetValue(spec)!, parse.GetValue(path)!, ct)));
        return command;
    }
}
