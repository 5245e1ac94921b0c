namespace CodeTracer.Tree.Stages;

/// <summary>What one step says about the phase it belongs to, before the run's history decides the phase.</summary>
internal enum StepSignal
{
    /// <summary>Says nothing (cd, echo, sleep, a plan update, an agent's message): the step joins the stage around it.</summary>
    Neutral,
    Read,
    /// <summary>Prepares or probes the machine; loses to anything else in the same step (export X=1 &amp;&amp; pytest is a test run).</summary>
    Setup,
    /// <summary>Runs code (tests, scripts, builds): reproduction before the first patch, verification after it.</summary>
    Run,
    /// <summary>Writes only scratch files (reproduce.py, /tmp/…): reproduction before the first patch, a check after it.</summary>
    Scratch,
    /// <summary>Looks at the diff or the work tree's status: inspection before the first patch, review after it.</summary>
    Review,
    Install,
    Patch,
}
