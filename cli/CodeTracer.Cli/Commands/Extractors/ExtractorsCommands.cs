using CodeTracer.Extract;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Specs;

namespace CodeTracer.Cli.Commands.Extractors;

/// <summary>What the extractors verbs do; the definitions only wire arguments to these.</summary>
public sealed class ExtractorsCommands(TextWriter output, TextWriter error)
{
    private const int StepsShown = 10;

    public async Task<int> ListAsync(string? storePath, CancellationToken cancellationToken)
    {
        var stored = await SpecStore.Open(storePath).LatestAsync(cancellationToken);
        Print("built-in", BuiltInFormats.All());
        Print("shipped spec", BuiltInSpecs.All());
        Print("stored spec", stored);
        return ExitCodes.Ok;
    }

    public async Task<int> ShowAsync(string id, string? storePath, CancellationToken cancellationToken)
    {
        if (await SpecStore.Open(storePath).GetAsync(id, cancellationToken) is { } stored)
        {
            await output.WriteLineAsync(stored.Json);
            return ExitCodes.Ok;
        }

        if (BuiltInSpecs.Find(id) is { } shipped)
        {
            await output.WriteLineAsync(shipped.Json);
            return ExitCodes.Ok;
        }

        if (BuiltInFormats.Registry().Find(id) is not { } extractor)
        {
            await error.WriteLineAsync($"error: no extractor or spec '{id}'; see `codetracer extractors list`");
            return ExitCodes.Usage;
        }

        await output.WriteLineAsync($"{extractor.Id} (built-in, version {extractor.Version})");
        await output.WriteLineAsync("recognises:");
        foreach (var fingerprint in extractor.Fingerprints)
        {
            await output.WriteLineAsync($"  - {fingerprint}");
        }

        await output.WriteLineAsync($"documented in services/extract/CodeTracer.Extract/Formats/ (README.md beside {extractor.GetType().Name})");
        return ExitCodes.Ok;
    }

    public int Test(string specFile, string path, CancellationToken cancellationToken)
    {
        SpecExtractor spec;
        try
        {
            spec = SpecExtractor.FromJson(File.ReadAllText(specFile));
        }
        catch (Exception e) when (e is SpecFormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {specFile}: {e.Message}");
            return ExitCodes.Usage;
        }

        var candidate = Directory.Exists(path) ? RunCandidate.ForDirectory(path) : RunCandidate.ForFile(path);
        var detection = spec.Detect(candidate);
        var validation = SpecValidator.Validate(spec, candidate, cancellationToken);
        output.WriteLine($"spec      {spec.Id} v{spec.Version}");
        output.WriteLine($"detect    {detection.Confidence:0.###} {detection.Evidence}");
        output.WriteLine($"steps     {validation.StepCount} in {validation.Runs.Count} run(s)");
        output.WriteLine(validation.IsValid ? "valid     yes" : "valid     no");
        foreach (var problem in validation.Errors)
        {
            output.WriteLine($"  - {problem}");
        }

        foreach (var step in validation.Runs.SelectMany(r => r.Steps).Take(StepsShown))
        {
            var action = step.Action.ReplaceLineEndings(" ");
            output.WriteLine($"  {step.Id,4}  {step.Anchor,-24} {step.Tool,-14} {(action.Length > 70 ? action[..70] + "…" : action)}" +
                (step.HasObservation ? step.IsError == true ? "  [error]" : "  [ok]" : ""));
        }

        return validation.IsValid ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    private void Print(string kind, IEnumerable<IFormatExtractor> extractors)
    {
        foreach (var extractor in extractors)
        {
            output.WriteLine($"{extractor.Id}  v{extractor.Version}  ({kind})");
            foreach (var fingerprint in extractor.Fingerprints)
            {
                output.WriteLine($"    {fingerprint}");
            }
        }
    }
}
