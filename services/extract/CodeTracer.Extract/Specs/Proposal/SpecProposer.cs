using System.ClientModel;
using System.ClientModel.Primitives;
using CodeTracer.Extract.Detection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace CodeTracer.Extract.Specs.Proposal;

/// <summary>
/// Asks a model for a spec for an input no extractor reads (ARCHITECTURE.md, "Unknown formats"). A stored spec
/// that claims and validates on the input is reused without asking. Otherwise the model sees the schema and a
/// trimmed sample; its answer is parsed and validated on the input, re-asked once with the errors, and stored
/// (version 1, or one past the latest of that id) only when valid. The answer is data; nothing from it runs.
/// </summary>
public sealed class SpecProposer(IChatCompletionService chat, StoredSpecs store, SpecProposerOptions options)
{
    private const int Attempts = 2;

    /// <summary>
    /// Over the OpenAI client with a custom endpoint (SK's endpoint constructor is experimental, SKEXP0010). Local
    /// OpenAI-compatible servers often need no key, but the client requires one, hence the placeholder.
    /// </summary>
    public static SpecProposer Create(SpecProposerOptions options, StoredSpecs store, HttpClient? http = null)
    {
        var clientOptions = new OpenAIClientOptions { Endpoint = options.Endpoint };
        if (http is not null)
        {
            clientOptions.Transport = new HttpClientPipelineTransport(http);
        }

        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey), clientOptions);
        return new(new OpenAIChatCompletionService(options.Model, client), store, options);
    }

    public async Task<SpecProposal> ProposeAsync(string path, CancellationToken cancellationToken = default)
    {
        var candidate = Directory.Exists(path) ? RunCandidate.ForDirectory(path) : RunCandidate.ForFile(path);
        if (await ReusableAsync(candidate, cancellationToken) is { } known)
        {
            return SpecProposal.Reuse(known);
        }

        var history = new ChatHistory(SpecPrompt.System);
        history.AddUserMessage(SpecPrompt.Ask(SpecSample.Of(candidate, options)));
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0 };
        IReadOnlyList<string> errors = [];
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var reply = await chat.GetChatMessageContentAsync(history, settings, cancellationToken: cancellationToken);
            var text = reply.Content ?? "";
            history.AddAssistantMessage(text);
            (var spec, errors) = await CheckAsync(text, candidate, cancellationToken);
            if (spec is not null)
            {
                await store.SaveAsync(spec, cancellationToken);
                return SpecProposal.Store(spec, attempt);
            }

            history.AddUserMessage(SpecPrompt.Retry(errors));
        }

        return SpecProposal.Reject($"the proposed spec is still invalid after {Attempts} attempts: {string.Join("; ", errors)}", Attempts);
    }

    private async Task<(SpecExtractor? Spec, IReadOnlyList<string> Errors)> CheckAsync(string reply, RunCandidate candidate, CancellationToken cancellationToken)
    {
        if (SpecReply.ObjectOf(reply, out var error) is not { } json)
        {
            return (null, [error!]);
        }

        var version = await store.NextVersionAsync(json["id"]!.GetValue<string>(), cancellationToken);
        var text = SpecReply.WithVersion(json, version);
        if (!SpecLoader.TryParse(text, out var parsed, out error))
        {
            return (null, [error!]);
        }

        var spec = new SpecExtractor(parsed!, text);
        var detection = spec.Detect(candidate);
        if (detection.Confidence < FormatRegistry.MinimumConfidence)
        {
            return (null, [$"the fingerprints do not claim this input (score {detection.Confidence}: {detection.Evidence})"]);
        }

        var validation = SpecValidator.Validate(spec, candidate, cancellationToken);
        return validation.IsValid ? (spec, []) : (null, validation.Errors);
    }

    private async Task<SpecExtractor?> ReusableAsync(RunCandidate candidate, CancellationToken cancellationToken)
    {
        var claims = (await store.LatestAsync(cancellationToken))
            .Select(s => (Spec: s, Result: s.Detect(candidate)))
            .Where(s => s.Result.Confidence >= FormatRegistry.MinimumConfidence)
            .OrderByDescending(s => s.Result.Confidence);
        return claims.Select(c => c.Spec).FirstOrDefault(s => SpecValidator.Validate(s, candidate, cancellationToken).IsValid);
    }
}
