using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace CodeTracer.Extract.Tests.Specs.Proposal;

/// <summary>
/// A stand-in for an OpenAI-compatible API on 127.0.0.1: answers POST /v1/chat/completions with canned assistant
/// messages, in order, and keeps the requests so tests can see what the model was asked.
/// </summary>
public sealed class FakeOpenAiServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<string> _replies;
    private readonly Task _loop;

    public FakeOpenAiServer(params string[] replies)
    {
        _replies = new Queue<string>(replies);
        var port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{port}/v1");
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public List<string> Requests { get; } = [];

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener throws when closed under a pending GetContext; that is how the loop ends.
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

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            lock (Requests)
            {
                Requests.Add(body);
            }

            var ok = context.Request.Url!.AbsolutePath == "/v1/chat/completions" && _replies.Count > 0;
            var json = ok ? Completion(_replies.Dequeue()) : """{"error": {"message": "no canned reply", "type": "invalid_request_error"}}""";
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Response.StatusCode = ok ? 200 : 400;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
