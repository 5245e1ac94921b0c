namespace CodeTracer.Localize.Profiles;

/// <summary>A step where the run could have gone right: what the agent did and what it should have done.</summary>
public sealed record DecisionPoint(int Step, string WhatHappened, string ShouldHave);
