using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.AiderChatHistory;

/// <summary>Aider's <c>.aider.chat.history.md</c>. See README.md.</summary>
public sealed class AiderChatHistoryExtractor : IFormatExtractor
{
    public const string FormatId = "aider-chat-history";
    public const string FileName = ".aider.chat.history.md";
    private const string SessionHeader = "# aider chat started at";

    // Aider's own words when an edit could not be applied (https://aider.chat/docs/troubleshooting/edit-errors.html).
    private static readonly string[] FailureMarks =
        ["did not conform to the edit format", "SearchReplaceNoExactMatch", "Failed to apply edit", "Unable to apply edit"];

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "file .aider.chat.history.md",
        "Markdown: sessions start with '# aider chat started at <ts>', user turns '#### ', tool output '> '",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (candidate.IsDirectory)
        {
            return DetectionResult.No("a chat history is a single file");
        }

        var started = candidate.Head().TrimStart().StartsWith(SessionHeader, StringComparison.Ordinal);
        if (candidate.Name.EndsWith(FileName, StringComparison.Ordinal))
        {
            return new DetectionResult(started ? 0.97 : 0.9, $"named {FileName}");
        }

        return started && candidate.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? new DetectionResult(0.8, "Markdown starting with '# aider chat started at'")
            : DetectionResult.No();
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        var file = candidate.Path;
        if (ArtifactProbe.Problem(file) is { } problem)
        {
            return Extraction.Failed(file, problem);
        }

        var parser = new AiderHistoryParser();
        using (var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            long number = 0;
            while (reader.ReadLine() is { } line)
            {
                cancellationToken.ThrowIfCancellationRequested();
                parser.Accept(line, ++number);
            }
        }

        parser.Finish();
        if (parser.Sessions == 0)
        {
            return Extraction.Failed(file, $"{file} is not an Aider chat history: no '{SessionHeader}' line");
        }

        var sha = FileHash.Sha256(file);
        var steps = new List<Step>();
        foreach (var reply in parser.Replies)
        {
            if (StepOf(reply, steps.Count + 1, file, sha) is { } step)
            {
                steps.Add(step);
            }
        }

        List<ExtractionDiagnostic> diagnostics = [new(DiagnosticSeverity.Info, file, null,
            $"{parser.Sessions} session(s), {parser.Replies.Count} assistant repl(ies), {steps.Count} with an edit block or shell command")];
        if (parser.OpenFenceLine is { } open)
        {
            diagnostics.Add(new(DiagnosticSeverity.Error, file, open, $"the fenced block opened at line {open} is never closed: the file is truncated"));
        }

        return Extraction.Of(new Run
        {
            Path = file,
            Format = Id,
            Agent = "aider",
            AgentVersion = parser.Version,
            Model = parser.Model,
            Task = parser.Task,
            Status = parser.OpenFenceLine is not null ? RunStatus.Partial : steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = parser.Replies.Count == 0 ? null : parser.Replies[^1].Text,
            Sources = [FileHash.Describe(file)],
            Diagnostics = diagnostics,
        });
    }

    private static Step? StepOf(AiderReply reply, int id, string file, string sha)
    {
        var (edits, commands) = AiderBlocks.Of(reply.Lines);
        if (edits.Count == 0 && commands.Count == 0)
        {
            return null;
        }

        var output = string.Join('\n', reply.Output).Trim();
        var answered = output.Length > 0;
        return new Step
        {
            Id = id,
            Anchor = reply.Anchor,
            Tool = edits.Count > 0 ? "edit" : "shell",
            Action = edits.Count > 0 ? string.Concat(edits) : string.Join('\n', commands),
            Observation = answered ? output : null,
            HasObservation = answered,
            IsError = answered ? FailureMarks.Any(m => output.Contains(m, StringComparison.OrdinalIgnoreCase)) : null,
            Thought = reply.Text,
            ParallelGroup = id,
            Provenance = new Provenance(file, reply.Line, reply.Anchor, sha),
        };
    }
}
