using System.Globalization;
using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;
using CodeTracer.Extract.Specs.Paths;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>
/// Reads one file with a spec in a single pass: step items become drafts, observation records answer the newest
/// open draft with their id (or wait for it), and a draft becomes a <see cref="Step"/> once answered or at the end.
/// </summary>
internal sealed class SpecRunBuilder(SpecPlan plan)
{
    private static readonly JsonPath Self = JsonPath.Parse("$");
    private readonly List<SpecStepDraft> _drafts = [];
    private readonly Dictionary<string, List<SpecStepDraft>> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _early = new(StringComparer.Ordinal);
    private readonly List<string> _issues = [];
    private readonly List<ExtractionDiagnostic> _diagnostics = [];

    public SpecFileResult Build(string runPath, string file, CancellationToken cancellationToken)
    {
        using var source = new SpecRecordSource(plan, file, _diagnostics);
        if (!source.Open(out var error))
        {
            return new SpecFileResult(null, error, []);
        }

        var sha = FileHash.Describe(file);
        var runFields = new RunFieldCollector(plan);
        foreach (var record in source.Read(cancellationToken))
        {
            runFields.Offer(record);
            if (plan.Format == "lines")
            {
                OnLine(record, file, sha.Sha256);
                continue;
            }

            if (record.Value is { } value)
            {
                OnRecord(record, value, file, sha.Sha256);
            }
        }

        foreach (var draft in _drafts.Where(d => d.Built is null))
        {
            Finish(draft);
        }

        var steps = _drafts.Select(d => d.Built!).ToList();
        var root = new SpecScope { Item = source.Root, Record = source.Root, Root = source.Root };
        var run = SpecRunFields.Build(plan, runFields, root, runPath, file, sha, steps, _diagnostics, _issues);
        return new SpecFileResult(run, null, _issues);
    }

    private void OnLine(SpecRecord record, string file, string sha)
    {
        var match = plan.Line!.Match(record.Text!);
        if (!match.Success)
        {
            _drafts.LastOrDefault()?.FollowingLines?.Add(record.Text!);
            return;
        }

        var id = _drafts.Count + 1;
        var draft = new SpecStepDraft
        {
            Id = id, Group = id, Item = null, Record = null, Root = null, LineMatch = match,
            Provenance = new Provenance(file, record.Line, null, sha),
            FollowingLines = plan.Spec.Steps.Observation?.FollowingLines == true ? [] : null,
        };
        _drafts.Add(draft);
    }

    private void OnRecord(SpecRecord record, JsonElement value, string file, string sha)
    {
        if (plan.Select is null || plan.Select.Holds(value))
        {
            var items = plan.Each is null ? [new PathMatch(value, record.Location)] : plan.Each.Select(value, record.Location);
            var group = _drafts.Count + 1;
            foreach (var item in items)
            {
                AddStep(record, item, group, file, sha);
            }
        }

        if (!plan.HasJoin)
        {
            return;
        }

        foreach (var candidate in (plan.JoinIn ?? Self).Select(value))
        {
            if ((plan.JoinSelect is null || plan.JoinSelect.Holds(candidate.Value)) && KeyOf(plan.JoinKey!.First(candidate.Value)) is { } key)
            {
                Answer(key, candidate.Value);
            }
        }
    }

    private void AddStep(SpecRecord record, PathMatch item, int group, string file, string sha)
    {
        var draft = new SpecStepDraft
        {
            Id = _drafts.Count + 1,
            Group = group,
            Item = item.Value,
            Record = record.Value,
            Root = record.Root,
            Provenance = new Provenance(file, record.Line, item.Location.Length == 0 ? null : item.Location, sha),
            JoinKey = plan.JoinMatches is null ? null : KeyOf(plan.JoinMatches.First(item.Value)),
        };
        _drafts.Add(draft);
        if (!plan.HasJoin)
        {
            Finish(draft);
        }
        else if (draft.JoinKey is { } key && _early.Remove(key, out var observation))
        {
            draft.Answered = true;
            draft.Observation = observation;
            Finish(draft);
        }
        else if (draft.JoinKey is { } openKey)
        {
            (_open.TryGetValue(openKey, out var list) ? list : _open[openKey] = []).Add(draft);
        }
    }

    /// <summary>A result answers the newest open call with its id (some formats reuse ids); one that comes first waits.</summary>
    private void Answer(string key, JsonElement observation)
    {
        if (_open.TryGetValue(key, out var list) && list.Count > 0)
        {
            var draft = list[^1];
            list.RemoveAt(list.Count - 1);
            draft.Answered = true;
            draft.Observation = observation;
            Finish(draft);
        }
        else
        {
            _early.TryAdd(key, observation);
        }
    }

    private void Finish(SpecStepDraft draft)
    {
        draft.Built = SpecStepFields.Build(plan, draft, _issues);
        // A built step needs none of its JSON any more; dropping it keeps a streamed file from piling up in memory.
        (draft.Item, draft.Record, draft.Root, draft.Observation) = (null, null, null, null);
    }

    private static string? KeyOf(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        _ => null,
    };
}
