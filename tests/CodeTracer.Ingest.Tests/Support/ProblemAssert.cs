using System.Net;
using System.Text.Json;

namespace CodeTracer.Ingest.Tests.Support;

/// <summary>Checks that an answer is problem+json with the given status and returns it for detail checks.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response);
        Assert.Equal((int)status, problem.Int("status"));
        return problem;
    }
}
