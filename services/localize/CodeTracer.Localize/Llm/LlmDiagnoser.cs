using System.ClientModel;
using System.ClientModel.Primitives;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Storage.Memory;
using CodeTracer.Tree.Index;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace CodeTracer.Localize.Llm;

/// <summary>
/// Diagnoses a run with a model that reads the task, the tree index and the heuristic findings and inspects steps
/// through <see cref="TrajectoryTools"/>. The tool loop is driven here (auto choice, no auto invocation) so every
/// response's usage is counted and the budget can stop the conversation between two requests. Whatever goes
/// wrong, the heuristic diagnosis comes back with the reason in <see cref="Diagnosis.FallbackReason"/>.
/// </summary>
public sealed class LlmDiagnoser(LlmOptions options, HttpClient http, TimeProvider clock)
{
    public const string MethodName = "llm";

    public async Task<Diagnosis> DiagnoseAsync(
        Run run, TraceTree tree, Diagnosis heuristic, IReadOnlyList<MemoryEntry> memory, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var budget = new LlmBudget(options);
        if (options.Endpoint is null || run.Steps.Count == 0)
        {
            return heuristic with { FallbackReason = options.Endpoint is null ? "no LLM endpoint is configured" : "the run has no steps to inspect" };
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            var (answer, inspected) = await ConverseAsync(run, tree, heuristic, memory, budget, timeout.Token);
            return ToDiagnosis(answer, inspected, run, tree, heuristic, budget.Cost(clock.GetElapsedTime(started)));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Only the caller's own cancellation propagates: a shutting-down host must not store a fallback.
            return heuristic with { FallbackReason = ReasonOf(e, timeout.IsCancellationRequested), Cost = budget.Cost(clock.GetElapsedTime(started)) };
        }
    }

    private async Task<(LlmAnswer Answer, IReadOnlyCollection<int> Inspected)> ConverseAsync(
        Run run, TraceTree tree, Diagnosis heuristic, IReadOnlyList<MemoryEntry> memory, LlmBudget budget, CancellationToken cancellationToken)
    {
        var fence = new DataFence();
        var tools = new TrajectoryTools(run, tree, fence, options.MaxStepChars);
        var kernel = new Kernel();
        kernel.Plugins.AddFromObject(tools, TrajectoryTools.PluginName);
        var chat = Chat();
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = 0,
            MaxTokens = options.MaxOutputTokens,
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(autoInvoke: false),
        };
        var history = new ChatHistory(LlmPrompt.System);
        history.AddUserMessage(LlmPrompt.Ask(run, tree, heuristic, memory, fence, options));
        for (var repairs = 0; ; )
        {
            budget.CheckPrompt(TokenEstimate.Of(string.Concat(history.Select(m => m.ToString()))));
            var reply = await chat.GetChatMessageContentAsync(history, settings, kernel, cancellationToken);
            var (input, output) = LlmUsage.Of(reply, history);
            budget.AddUsage(input, output);
            history.Add(reply);
            var calls = FunctionCallContent.GetFunctionCalls(reply).ToList();
            if (calls.Count > 0)
            {
                budget.AddToolCalls(calls.Count);
                foreach (var call in calls)
                {
                    history.Add((await InvokeAsync(call, kernel, cancellationToken)).ToChatMessage());
                }

                continue;
            }

            if (AnswerValidator.Validate(reply.Content, run, tools.Inspected, out var errors) is { } answer)
            {
                return (answer, tools.Inspected);
            }

            if (++repairs > options.MaxRepairs)
            {
                throw new InvalidDataException($"the answer was still invalid after {options.MaxRepairs} repair(s): {string.Join("; ", errors)}");
            }

            history.AddUserMessage(LlmPrompt.Repair(errors));
        }
    }

    /// <summary>A call the model got wrong (unknown function, bad arguments) is answered with the error so it can recover.</summary>
    private static async Task<FunctionResultContent> InvokeAsync(FunctionCallContent call, Kernel kernel, CancellationToken cancellationToken)
    {
        if (call.Exception is not null)
        {
            return new FunctionResultContent(call, $"error: the call could not be read: {call.Exception.Message}");
        }

        try
        {
            return await call.InvokeAsync(kernel, cancellationToken);
        }
        catch (Exception e) when (e is KernelException or ArgumentException or FormatException)
        {
            return new FunctionResultContent(call, $"error: {e.Message}");
        }
    }

    /// <summary>
    /// Over the OpenAI client with our HttpClient, so any OpenAI-compatible base URL works without SK's experimental
    /// endpoint constructor. No client retries: a failing endpoint costs one request, then the heuristic stands.
    /// </summary>
    private OpenAIChatCompletionService Chat()
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // Past the diagnosis's own time limit, so the limit (and its fallback reason) always fires first.
            NetworkTimeout = options.Timeout + TimeSpan.FromSeconds(5),
        };
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey), clientOptions);
        return new OpenAIChatCompletionService(options.Model, client);
    }

    private static Diagnosis ToDiagnosis(LlmAnswer answer, IReadOnlyCollection<int> inspected, Run run, TraceTree tree, Diagnosis heuristic, DiagnosisCost cost) => new()
    {
        Onset = answer.Onset is { } onset ? new StepRef(onset, run.Steps.First(s => s.Id == onset).Anchor) : null,
        Incorrect = answer.Incorrect,
        Unuseful = answer.Unuseful,
        Confidence = Math.Round(answer.Confidence, 2),
        Method = MethodName,
        Reason = answer.Reason,
        // The findings the model was shown stay as evidence, with what the model itself read.
        Evidence = [.. heuristic.Evidence, new Evidence("llm-inspected", [.. inspected.Order()], "steps the model read with get_step")],
        Category = answer.Category,
        SuspiciousStage = answer.Onset is { } at ? tree.StageOf(at)?.Id : null,
        Replay = answer.Replay,
        Cost = cost,
    };

    private string ReasonOf(Exception e, bool timedOut) => e switch
    {
        LlmBudgetExceededException budget => $"budget exceeded: {budget.Message}",
        OperationCanceledException when timedOut => $"budget exceeded: time limit of {options.Timeout.TotalSeconds:0.###}s",
        HttpOperationException { StatusCode: { } status } => $"LLM endpoint error: HTTP {(int)status} {status}",
        InvalidDataException invalid => invalid.Message,
        _ => $"LLM call failed: {e.GetType().Name}: {e.Message}",
    };
}
