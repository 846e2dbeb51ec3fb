using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace SignpostBot.Testing.Load;

/// <summary>
/// A server started as its own process on 127.0.0.1 (real Kestrel): how long it took to give its first answer,
/// and its memory from /proc. Killed, by its own id, when disposed.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private readonly long _started;

    private ServerProcess(Process process, Uri baseAddress, long started)
    {
        _process = process;
        BaseAddress = baseAddress;
        _started = started;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>From process start to the first expectReplies answer to a real activity.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>The largest resident set the process has had (VmHWM), in bytes.</summary>
    public long PeakRssBytes => ReadStatus("VmHWM:");

    /// <summary>The resident set now (VmRSS), in bytes.</summary>
    public long RssBytes => ReadStatus("VmRSS:");

    public string LastOutput
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join(Environment.NewLine, _lastLines);
            }
        }
    }

    /// <summary>Starts <c>dotnet <paramref name="dll"/></c> on a free port and waits (by polling, up to a deadline) for its first answer.</summary>
    public static async Task<ServerProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, IEnumerable<string>? extraArguments = null, TimeSpan? deadline = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in extraArguments ?? [])
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), started);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = Stopwatch.GetTimestamp() + (long)((deadline ?? TimeSpan.FromSeconds(60)).TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with {process.ExitCode}:{Environment.NewLine}{server.LastOutput}");
            }

            if (await AnswersAsync(probe))
            {
                server.StartupTime = Stopwatch.GetElapsedTime(started);
                return server;
            }

            if (Stopwatch.GetTimestamp() > until)
            {
                await server.DisposeAsync();
                throw new TimeoutException($"{Path.GetFileName(dll)} gave no answer in time:{Environment.NewLine}{server.LastOutput}");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>
    /// From process start until <c>/healthz</c> says the bot's intent classifier is in use (the knowledge check's
    /// <c>classifier</c>), polled every 5 ms up to a deadline.
    /// </summary>
    public async Task<TimeSpan> ClassifierInUseAsync(TimeSpan? deadline = null)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = Stopwatch.GetTimestamp() + (long)((deadline ?? TimeSpan.FromSeconds(60)).TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            using (var health = JsonDocument.Parse(await probe.GetStringAsync("/healthz")))
            {
                if (health.RootElement.GetProperty("checks").GetProperty("knowledge").GetProperty("data").GetProperty("classifier").GetString() == "in use")
                {
                    return Stopwatch.GetElapsedTime(_started);
                }
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"The intent classifier was not in use in time:{Environment.NewLine}{LastOutput}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task<bool> AnswersAsync(HttpClient probe)
    {
        try
        {
            using var content = new ByteArrayContent(VictimPath.RequestBody("startup-probe", 0, "hi"));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await probe.PostAsync("/api/messages", content);
            return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("\"activities\"", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private long ReadStatus(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
