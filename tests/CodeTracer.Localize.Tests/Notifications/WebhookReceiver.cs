using System.Net;
using System.Net.Sockets;

namespace CodeTracer.Localize.Tests.Notifications;

/// <summary>A webhook endpoint on 127.0.0.1 that records each request and answers with the next scripted status.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<HttpStatusCode> _answers;
    private readonly Task _loop;

    public WebhookReceiver(params HttpStatusCode[] answers)
    {
        _answers = new Queue<HttpStatusCode>(answers);
        Url = $"http://127.0.0.1:{FreePort()}/hooks/codetracer/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public List<(byte[] Body, string? Signature, string? Delivery)> Requests { get; } = [];

    private async Task LoopAsync()
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

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            lock (Requests)
            {
                Requests.Add((body.ToArray(), context.Request.Headers["X-CodeTracer-Signature"], context.Request.Headers["X-CodeTracer-Delivery"]));
                context.Response.StatusCode = (int)(_answers.Count > 1 ? _answers.Dequeue() : _answers.Peek());
            }

            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
