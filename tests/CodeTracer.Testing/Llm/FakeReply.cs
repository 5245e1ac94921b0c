namespace CodeTracer.Testing.Llm;

/// <summary>One scripted response of <see cref="FakeOpenAiServer"/>: tool calls, a final message, an HTTP error, or a stall.</summary>
public sealed record FakeReply
{
    public string? Content { get; init; }

    public IReadOnlyList<(string Name, string Arguments)> ToolCalls { get; init; } = [];

    public int PromptTokens { get; init; } = 1_000;

    public int CompletionTokens { get; init; } = 50;

    public int Status { get; init; } = 200;

    public TimeSpan Delay { get; init; }

    public static FakeReply Answer(string json) => new() { Content = json };

    /// <summary>get_step calls, as a model asks for them: the plugin-qualified name and JSON arguments.</summary>
    public static FakeReply GetSteps(params int[] ids) =>
        new() { ToolCalls = [.. ids.Select(id => ("trajectory-get_step", $$"""{"id": {{id}}}"""))] };

    public static FakeReply Call(string function, string arguments) => new() { ToolCalls = [($"trajectory-{function}", arguments)] };

    public static FakeReply Error(int status) => new() { Status = status };
}
