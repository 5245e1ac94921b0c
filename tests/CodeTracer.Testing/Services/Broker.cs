using System.Diagnostics;
using System.Net.Sockets;

namespace CodeTracer.Testing.Services;

/// <summary>
/// The RabbitMQ node that .ci/rabbitmq.sh runs on 127.0.0.1. Each test topology gets its own virtual host, so
/// queues, error queues and leftovers of one test never meet another's.
/// </summary>
public static class Broker
{
    public const string Host = "127.0.0.1";
    public const int Port = 5672;

    /// <summary>Null when a broker answers on <see cref="Host"/>:<see cref="Port"/>, otherwise why not (tests skip or fail with it).</summary>
    public static string? Unavailable()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(Host, Port);
            return null;
        }
        catch (SocketException e)
        {
            return $"no RabbitMQ on {Host}:{Port} ({e.SocketErrorCode}); start one with `.ci/rabbitmq.sh start`";
        }
    }

    public static string NewVirtualHost()
    {
        var name = "ct-" + Guid.NewGuid().ToString("N")[..12];
        Script("vhost", name);
        return name;
    }

    /// <summary>Stops and starts the broker application: every connection drops, durable queues survive.</summary>
    public static void Restart() => Script("restart");

    /// <summary>Queue name → ready message count in a virtual host.</summary>
    public static IReadOnlyDictionary<string, int> Queues(string virtualHost) =>
        Script("queues", virtualHost).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', ' '))
            .Where(parts => parts.Length >= 2)
            .ToDictionary(parts => parts[0], parts => int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture));

    private static string Script(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Repository.PathOf(".ci/rabbitmq.sh"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($".ci/rabbitmq.sh {string.Join(' ', args)} failed: {error}");
        }

        return output;
    }
}
