using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// Which V0 actions can be steps, and how each is shown. Messages, the system prompt, recalls and agent-state changes
/// are conversation, not actions (corpus STEPS.md); the rest are steps once an observation answers them.
/// </summary>
internal static class OpenHandsActionKinds
{
    private static readonly HashSet<string> NotSteps = new(StringComparer.Ordinal)
    {
        "message", "system", "recall", "change_agent_state", "null",
    };

    public static bool CanBeStep(string? action) => action is not null && !NotSteps.Contains(action);

    /// <summary>
    /// The listing's action text: the command of <c>run</c>, the code of <c>run_ipython</c>, the thought of
    /// <c>think</c>, else the compact JSON of the arguments without the model's <c>thought</c> (which is the step's Thought).
    /// </summary>
    public static string ActionText(OpenHandsEvent action)
    {
        var args = action.Args;
        var text = action.Action switch
        {
            "run" => args.Str("command"),
            "run_ipython" => args.Str("code"),
            "think" => args.Str("thought"),
            _ => null,
        };
        return text ?? JsonArguments.RenderWithout(args, OwnFields(action));
    }

    // Flat (resolver) events hold the event's own fields beside the arguments.
    private static string[] OwnFields(OpenHandsEvent action) => action.Element.Prop("args") is null
        ? ["thought", "action", "id", "timestamp", "source", "message"]
        : ["thought"];
}
