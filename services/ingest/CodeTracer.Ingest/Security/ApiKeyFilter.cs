using System.Security.Cryptography;
using System.Text;
using CodeTracer.Ingest.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CodeTracer.Ingest.Security;

/// <summary>
/// Guards the /v1 group when keys are configured. Health and the OpenAPI document are mapped outside the group,
/// so probes and tooling never need a key.
/// </summary>
internal sealed class ApiKeyFilter(IOptionsMonitor<IngestOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var current = options.CurrentValue;
        if (current.ApiKeys.Count == 0)
        {
            return await next(context);
        }

        var sent = context.HttpContext.Request.Headers[current.HeaderName].ToString();
        if (sent.Length == 0)
        {
            return Problems.Unauthorized($"This API needs a key: send it in the {current.HeaderName} header.");
        }

        return Matches(sent, current.ApiKeys)
            ? await next(context)
            : Problems.Unauthorized($"The key in the {current.HeaderName} header is not one this service accepts.");
    }

    /// <summary>
    /// Compares hashes so every comparison takes the same time whatever the lengths, and checks every key
    /// without stopping at a match, so timing tells nothing about which key or how much of it was right.
    /// </summary>
    private static bool Matches(string sent, IEnumerable<string> keys)
    {
        var sentHash = SHA256.HashData(Encoding.UTF8.GetBytes(sent));
        var match = false;
        foreach (var key in keys.Where(k => k.Length > 0))
        {
            match |= CryptographicOperations.FixedTimeEquals(sentHash, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        }

        return match;
    }
}
