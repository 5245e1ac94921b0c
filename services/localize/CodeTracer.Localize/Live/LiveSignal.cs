namespace CodeTracer.Localize.Live;

/// <summary>One warning sign on one step of a live run.</summary>
public sealed record LiveSignal(int StepId, string Signal, string Detail, double Confidence);
