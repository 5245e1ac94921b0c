namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>One failure signal over a run; returns nothing when it does not fire.</summary>
public interface ISignal
{
    Finding? Evaluate(SignalInput input);
}
