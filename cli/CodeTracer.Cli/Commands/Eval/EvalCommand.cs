using CodeTracer.Localize.Evaluation;
using CodeTracer.Localize.Heuristics;

namespace CodeTracer.Cli.Commands.Eval;

/// <summary>Scores the heuristic localizer and the constant baselines on labelled runs and prints the table.</summary>
public sealed class EvalCommand(TextWriter output, TextWriter error)
{
    public int Run(EvalOptions options, CancellationToken cancellationToken)
    {
        if (options.Labels is null && options.Manifest is null && options.WhoAndWhen is null)
        {
            error.WriteLine("eval needs --labels, --manifest or --who-and-when");
            return ExitCodes.Usage;
        }

        var settings = options.Config is { } file ? LocalizerSettings.FromJson(File.ReadAllText(file)) : new LocalizerSettings();
        var inputs = EvalInputs.Load(options, cancellationToken);
        var table = Evaluator.Table(EvalMethods.Standard(settings), inputs.Labelled, inputs.WhoAndWhen);
        var heldOut = options.HeldOut ? HeldOutReport.Of(inputs.Labelled, settings) : null;
        if (options.Json)
        {
            EvalJsonWriter.Write(output, table, heldOut, inputs);
        }
        else
        {
            output.Write(table.ToText());
            heldOut?.WriteText(output);
        }

        foreach (var missing in inputs.Missing)
        {
            error.WriteLine($"error: {missing}");
        }

        return inputs.Missing.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }
}
