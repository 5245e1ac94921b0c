using MassTransit.Testing;

namespace CodeTracer.Ingest.Tests.Support;

/// <summary>Published messages of one type, in order, once at least one has arrived (or none, without waiting).</summary>
public static class Published
{
    public static async Task<List<T>> AllAsync<T>(ITestHarness harness)
        where T : class
    {
        await harness.Published.Any<T>();
        return [.. harness.Published.Select<T>().Select(m => m.Context.Message)];
    }

    /// <summary>What has been published so far; publishing is awaited by the endpoints, so nothing is still in flight.</summary>
    public static List<T> SoFar<T>(ITestHarness harness)
        where T : class => [.. harness.Published.Select<T>(CancellationToken.None).Select(m => m.Context.Message)];
}
