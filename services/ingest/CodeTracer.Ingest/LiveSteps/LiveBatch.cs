using CodeTracer.Contracts.Runs;

namespace CodeTracer.Ingest.LiveSteps;

/// <summary>
/// The steps one request adds to a live run. Knows what is already stored so a re-posted line is recognised
/// and never counted as new: step objects by sequence number, native lines by the line's hash and the block's
/// place in it (anchors alone would not do: some agents reuse a tool_use id for a new call).
/// </summary>
internal sealed class LiveBatch
{
    private readonly HashSet<int> _storedSeqs;
    private readonly HashSet<string> _storedNative;
    private readonly List<Step> _new = [];
    private int _highest;
    private int _previous;

    public LiveBatch(IReadOnlyList<Step> stored)
    {
        _storedSeqs = [.. stored.Select(s => s.Id)];
        _storedNative = new HashSet<string>(stored.Select(s => NativeKey(s.Provenance)), StringComparer.Ordinal);
        _highest = stored.Count == 0 ? 0 : stored.Max(s => s.Id);
    }

    public IReadOnlyList<Step> NewSteps => _new;

    /// <summary>Steps the request carried, new or already stored.</summary>
    public int Received { get; private set; }

    /// <summary>A step object with its own sequence number; null when accepted, else what is wrong.</summary>
    public string? AddNumbered(Step step)
    {
        if (step.Id <= _previous)
        {
            return $"seq {step.Id} comes after seq {_previous}; send the lines of one request in increasing seq order";
        }

        Received++;
        _previous = step.Id;
        _highest = Math.Max(_highest, step.Id);
        if (_storedSeqs.Add(step.Id))
        {
            _new.Add(step);
        }

        return null;
    }

    /// <summary>A step read from a native line: numbered after everything stored or sent so far, unless that line's block is stored.</summary>
    public void AddNative(Provenance provenance, Func<int, Step> create)
    {
        Received++;
        if (!_storedNative.Add(NativeKey(provenance)))
        {
            return;
        }

        var step = create(++_highest);
        _previous = step.Id;
        _storedSeqs.Add(step.Id);
        _new.Add(step);
    }

    /// <summary>
    /// Gives a native tool result to the latest step with its anchor when that step came in this request; a step stored by an earlier
    /// request keeps what it has (first write wins), which is why a client should post a turn's lines together.
    /// </summary>
    public void AttachResult(string anchor, string observation, bool? isError)
    {
        var index = _new.FindLastIndex(s => s.Anchor == anchor);
        if (index >= 0)
        {
            _new[index] = _new[index] with { Observation = observation, HasObservation = true, IsError = isError };
        }
    }

    private static string NativeKey(Provenance provenance) => provenance.FileSha256 + "#" + provenance.Location;
}
