using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeTracer.Testing.Llm;

/// <summary>
/// An OpenAI-compatible API on 127.0.0.1 for the real SK connector to talk to: POST /v1/chat/completions answers
/// with the scripted replies in order (OpenAI's response shape, tool calls and usage included) and keeps every
/// request body so tests can see what the model was sent. The LLM diagnoser's and the spec proposer's tests share it.
/// </summary>
public sealed class FakeOpenAiServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<FakeReply> _replies;
    private readonly Task _loop;
    private readonly List<JsonObject> _requests = [];
    private int _calls;

    public FakeOpenAiServer(params FakeReply[] replies)
    {
        _replies = new Queue<FakeReply>(replies);
        var port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{port}/v1");
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>A server whose replies are plain final answers, in order.</summary>
    public FakeOpenAiServer(params string[] answers)
        : this([.. answers.Select(FakeReply.Answer)])
    {
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<JsonObject> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The messages of one request as (role, content) pairs.</summary>
    public IReadOnlyList<(string Role, string Content)> MessagesOf(int request) =>
        [.. Requests[request]["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), ContentOf(m!["content"])))];

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Closing the listener under a pending GetContext is how the loop ends.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            // Each request on its own task, so a stalled reply does not hold up the listener.
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            FakeReply? reply;
            lock (_requests)
            {
                _requests.Add(body);
                reply = context.Request.Url!.AbsolutePath == "/v1/chat/completions" && _replies.Count > 0 ? _replies.Dequeue() : null;
            }

            if (reply?.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay);
            }

            var status = reply?.Status ?? 400;
            var json = status == 200 ? Completion(reply!, Interlocked.Increment(ref _calls)) : """{"error": {"message": "scripted failure", "type": "server_error"}}""";
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (a timeout test) before the reply was written.
        }
    }

    private static string Completion(FakeReply reply, int call)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content };
        if (reply.ToolCalls.Count > 0)
        {
            message["tool_calls"] = new JsonArray([.. reply.ToolCalls.Select((c, i) => (JsonNode)new JsonObject
            {
                ["id"] = $"call_{call}_{i}",
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = c.Arguments },
            })]);
        }

        return new JsonObject
        {
            ["id"] = $"chatcmpl-{call}",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = "fake-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = reply.ToolCalls.Count > 0 ? "tool_calls" : "stop",
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = reply.PromptTokens,
                ["completion_tokens"] = reply.CompletionTokens,
                ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
            },
        }.ToJsonString();
    }

    /// <summary>Content is a string, or an array of parts in newer request shapes.</summary>
    private static string ContentOf(JsonNode? content) => content switch
    {
        null => "",
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => content.ToJsonString(),
    };

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
