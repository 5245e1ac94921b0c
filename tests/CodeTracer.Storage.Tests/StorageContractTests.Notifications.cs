using CodeTracer.Storage.Notifications;
using CodeTracer.Storage.Signals;

namespace CodeTracer.Storage.Tests;

public abstract partial class StorageContractTests
{
    private static readonly DateTimeOffset Failed = new(2025, 11, 26, 14, 18, 0, 123, TimeSpan.Zero);

    [SkippableFact]
    public async Task ADeadLetterSavedTwiceIsStoredOnceWithTheLastAttempt()
    {
        Assert.True(await Store.DeadLetters.SaveAsync(Letter("webhook:run-1:h", 3, Failed), Ct));
        Assert.False(await Store.DeadLetters.SaveAsync(Letter("webhook:run-1:h", 5, Failed.AddMinutes(1)), Ct));

        var page = await Store.DeadLetters.ListAsync(0, 10, Ct);

        Assert.Equal(1, page.Total);
        Assert.Equal(Letter("webhook:run-1:h", 5, Failed.AddMinutes(1)), Assert.Single(page.Items));
    }

    [SkippableFact]
    public async Task DeadLettersListNewestFirst()
    {
        await Store.DeadLetters.SaveAsync(Letter("old", 1, Failed), Ct);
        await Store.DeadLetters.SaveAsync(Letter("new", 1, Failed.AddHours(1)), Ct);

        Assert.Equal(["new", "old"], (await Store.DeadLetters.ListAsync(0, 10, Ct)).Items.Select(l => l.Id));
    }

    [SkippableFact]
    public async Task ASuspicionIsStoredOncePerRunSignalAndStep()
    {
        Assert.True(await Store.Suspicions.TryAddAsync(Suspicion(5, "retried-command"), Ct));
        Assert.False(await Store.Suspicions.TryAddAsync(Suspicion(5, "retried-command") with { Detail = "again" }, Ct));
        Assert.True(await Store.Suspicions.TryAddAsync(Suspicion(5, "error-streak"), Ct));
        Assert.True(await Store.Suspicions.TryAddAsync(Suspicion(2, "retried-command"), Ct));

        var stored = await Store.Suspicions.ListAsync("run-live", Ct);

        Assert.Equal([(2, "retried-command"), (5, "error-streak"), (5, "retried-command")], stored.Select(s => (s.StepId, s.Signal)));
        Assert.Equal("seen", stored[2].Detail);
    }

    private static DeadLetter Letter(string id, int attempts, DateTimeOffset failedAt) => new()
    {
        Id = id, Channel = "webhook", RunId = "run-1", Target = "http://127.0.0.1/hook", Payload = "{\"runId\":\"run-1\"}",
        Attempts = attempts, LastError = "HTTP 500 Internal Server Error", FailedAt = failedAt,
    };

    private static SuspectedFailure Suspicion(int step, string signal) => new()
    {
        RunId = "run-live", StepId = step, Signal = signal, Detail = "seen", Confidence = 0.5, DetectedAt = Failed,
    };
}
