using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.OpenHandsCompletions;

/// <summary>
/// Reads an instance folder of <c>llm_completions/</c>: the newest call file that loads holds the conversation
/// (earlier files, including an aborted attempt's, are prefixes of it or superseded). If the newest is damaged, the
/// next newest is read and the run is Partial.
/// </summary>
internal static class CompletionRun
{
    public static Extraction Read(RunCandidate candidate, CancellationToken cancellationToken)
    {
        var files = CompletionFiles.Of(candidate.Path);
        if (files.Count == 0)
        {
            return Extraction.Failed(candidate.Path, $"{candidate.Path}: no <model>-<timestamp>.json call files in this folder");
        }

        var diagnostics = new List<ExtractionDiagnostic>();
        for (var i = files.Count - 1; i >= 0; i--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i].File;
            if (!JsonFile.TryLoad(file, out var document, out var error))
            {
                diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Error, file, null, error));
                continue;
            }

            using (document)
            {
                if (document.RootElement.Prop("messages") is not { ValueKind: JsonValueKind.Array } messages)
                {
                    diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Error, file, null, $"{file}: valid JSON, but no messages[]"));
                    continue;
                }

                return Extraction.Of(Build(candidate.Path, file, document.RootElement, messages, files, diagnostics));
            }
        }

        return Extraction.Failed(candidate.Path, $"{candidate.Path}: no call file could be read: " + string.Join("; ", diagnostics.Select(d => d.Message)));
    }

    private static Run Build(string folder, string file, JsonElement root, JsonElement messages,
        List<(double Timestamp, string File)> files, List<ExtractionDiagnostic> diagnostics)
    {
        var source = FileHash.Describe(file);
        var steps = CompletionSteps.Read(messages, file, source.Sha256);
        var runFolder = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(folder)))!;
        var metadataFile = Path.Combine(runFolder, "metadata.json");
        var reportFile = Path.Combine(runFolder, SweBenchReportMarkdown.FileName);
        var outcome = SweBenchReportMarkdown.Find(Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), reportFile);
        var sources = new List<SourceFile> { source };
        var model = ModelFrom(metadataFile, sources) ?? root.Path("response").Str("model");
        if (outcome is not null)
        {
            sources.Add(FileHash.Describe(reportFile));
        }

        return new Run
        {
            Path = folder,
            Format = OpenHandsLlmCompletionsExtractor.FormatId,
            Agent = "openhands",
            Model = model,
            Task = messages.EnumerateArray().Where(m => m.Str("role") == "user").Select(m => m.Prop("content").Text()).FirstOrDefault(),
            Outcome = outcome ?? RunOutcome.Unknown,
            Status = diagnostics.Count > 0 ? RunStatus.Partial : steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = root.Path("response").Prop("choices").Items().Select(c => c.Path("message").Prop("content").Text()).FirstOrDefault(),
            Metrics = new RunMetrics
            {
                StartedAt = DateTimeOffset.FromUnixTimeMilliseconds((long)(files[0].Timestamp * 1000)),
                EndedAt = DateTimeOffset.FromUnixTimeMilliseconds((long)(files[^1].Timestamp * 1000)),
            },
            Sources = sources,
            Diagnostics = diagnostics,
        };
    }

    private static string? ModelFrom(string metadataFile, List<SourceFile> sources)
    {
        if (!File.Exists(metadataFile) || !JsonFile.TryLoad(metadataFile, out var document, out _))
        {
            return null;
        }

        using (document)
        {
            var model = document.RootElement.Path("llm_config").Str("model");
            if (model is not null)
            {
                sources.Add(FileHash.Describe(metadataFile));
            }

            return model;
        }
    }
}
