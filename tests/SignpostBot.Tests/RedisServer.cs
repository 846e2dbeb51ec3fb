using System.Diagnostics;
using StackExchange.Redis;

namespace SignpostBot.Tests;

/// <summary>
/// A real <c>redis-server</c> on a free loopback port with no persistence, for one test. <c>.ci/run</c> installs
/// it; without it the test fails rather than skips.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;
    private ConnectionMultiplexer? _admin;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>What <c>Bot:Redis:Configuration</c> should say to reach this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>A direct connection for the test's own looks and faults (admin commands allowed).</summary>
    public IDatabase Database => _admin!.GetDatabase();

    public IServer Server => _admin!.GetServer("127.0.0.1", Port);

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(LocalProcess.FreePort());
        await server.StartProcessAsync();
        server._admin = await ConnectionMultiplexer.ConnectAsync($"{server.Configuration},allowAdmin=true,abortConnect=false");
        return server;
    }

    /// <summary>Kills the server, as a crash or a network cut would.</summary>
    public void Kill()
    {
        if (_process is { } process)
        {
            LocalProcess.Stop(process);
            process.Dispose();
            _process = null;
        }
    }

    /// <summary>Starts it again on the same port, empty.</summary>
    public Task RestartAsync() => StartProcessAsync();

    public async ValueTask DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        Kill();
    }

    private async Task StartProcessAsync()
    {
        _process = LocalProcess.Start(
            "redis-server",
            $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --protected-mode yes --loglevel warning",
            ".ci/run installs it with apt-get install redis-server.");
        var up = await LocalProcess.WaitUntilAsync(async () => await CanPingAsync(), TimeSpan.FromSeconds(10));
        if (!up)
        {
            throw new InvalidOperationException($"redis-server did not answer on port {Port}: {await _process.StandardError.ReadToEndAsync()}");
        }
    }

    private async Task<bool> CanPingAsync()
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
