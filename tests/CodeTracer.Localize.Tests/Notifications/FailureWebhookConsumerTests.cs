using System.Net;
using System.Text.Json;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Messages;
using CodeTracer.Contracts.Runs;
using CodeTracer.Localize.Notifications;
using CodeTracer.Storage.Notifications;
using CodeTracer.Testing.Bus;

namespace CodeTracer.Localize.Tests.Notifications;

public sealed class FailureWebhookConsumerTests
{
    private const string Secret = "s3cret";

    private static readonly FailureLocalized Localized = new(
        "run-0123456789abcdef", new string('c', 64), SchemaVersions.Current, new StepRef(7, "toolu_7"), [7, 9], 0.6, "heuristic",
        "product-edit: step 7 edited the wrong file", OutcomeStatus.Failed);

    [Fact]
    public async Task ADiagnosisIsPostedSignedAfterAServerErrorIsRetried()
    {
        using var receiver = new WebhookReceiver(HttpStatusCode.InternalServerError, HttpStatusCode.OK);
        await using var pipeline = await StartAsync(receiver.Url, maxAttempts: 3);

        await pipeline.Bus.Bus.Publish(Localized);

        Assert.True(await pipeline.Bus.Consumed.Any<FailureLocalized>());
        Assert.Equal(2, receiver.Requests.Count);
        var (body, signature, delivery) = receiver.Requests[1];
        Assert.True(WebhookSignature.Verify(Secret, body, signature));
        Assert.False(WebhookSignature.Verify("other", body, signature));
        Assert.Equal($"{Localized.RunId}:{Localized.ContentHash}", delivery);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(Localized.RunId, json.RootElement.GetProperty("runId").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("onset").GetProperty("step").GetInt32());
        Assert.Equal("Failed", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(0, (await pipeline.Get<IDeadLetterRepository>().ListAsync(0, 10, default)).Total);
    }

    [Fact]
    public async Task ADiagnosisIsDeadLetteredAfterTheLastFailedAttempt()
    {
        using var receiver = new WebhookReceiver(HttpStatusCode.ServiceUnavailable);
        await using var pipeline = await StartAsync(receiver.Url, maxAttempts: 3);

        await pipeline.Bus.Bus.Publish(Localized);

        Assert.True(await pipeline.Bus.Consumed.Any<FailureLocalized>());
        Assert.Equal(3, receiver.Requests.Count);
        var letter = Assert.Single((await pipeline.Get<IDeadLetterRepository>().ListAsync(0, 10, default)).Items);
        Assert.Equal(($"webhook:{Localized.RunId}:{Localized.ContentHash}", "webhook", Localized.RunId, receiver.Url, 3, "HTTP 503 Service Unavailable"),
            (letter.Id, letter.Channel, letter.RunId, letter.Target, letter.Attempts, letter.LastError));
        Assert.Equal(receiver.Requests[2].Body, System.Text.Encoding.UTF8.GetBytes(letter.Payload));
    }

    [Fact]
    public async Task NothingIsPostedWhenNoUrlIsConfigured()
    {
        await using var pipeline = await PipelineHarness.StartAsync(bus => bus.AddLocalize());

        await pipeline.Bus.Bus.Publish(Localized);

        Assert.True(await pipeline.Bus.Consumed.Any<FailureLocalized>());
        Assert.Equal(0, (await pipeline.Get<IDeadLetterRepository>().ListAsync(0, 10, default)).Total);
    }

    private static Task<PipelineHarness> StartAsync(string url, int maxAttempts) => PipelineHarness.StartAsync(
        bus => bus.AddLocalize(),
        new Dictionary<string, string?>
        {
            ["CodeTracer:Webhooks:Url"] = url,
            ["CodeTracer:Webhooks:Secret"] = Secret,
            ["CodeTracer:Webhooks:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CodeTracer:Webhooks:RetryDelay"] = "00:00:00.020",
        });
}
