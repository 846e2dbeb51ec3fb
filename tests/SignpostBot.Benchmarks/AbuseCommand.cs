using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SignpostBot.Testing.Load;
using SignpostBot.Testing;

namespace SignpostBot.Benchmarks;

/// <summary>
/// Normal conversations at steady load while abusive clients, all on loopback, do what issue 15 found: fill Direct
/// Line with huge events and messages (1), post endless chunked bodies to /end (2), take tokens and slots (3), send
/// input that used to fault a turn (4) and retry the same activity concurrently (5). Reports the normal
/// conversations' errors and latency, the bot's peak memory against a stated ceiling, and /healthz at the end.
/// </summary>
internal static class AbuseCommand
{
    /// <summary>The memory the bot must stay under meanwhile (resident set, MiB): the limits' sum plus the runtime's own.</summary>
    private const int CeilingMiB = 600;

    public static async Task<int> RunAsync(BenchArgs args)
    {
        Servers.WarnIfDebug();
        var seconds = args.Seconds;
        var users = args.Users;
        var think = TimeSpan.FromMilliseconds(args.ThinkMs);
        // The attacks here are on memory, state and health, not a flood of CPU (a front door's job): each abusive
        // client pauses this long between its attempts, so its requests arrive steadily beside the normal ones.
        var pause = TimeSpan.FromMilliseconds(args.AbusePauseMs);
        Console.Error.WriteLine($"Abuse: {seconds} s, {users} people on /api/messages, abusive clients alongside…");

        // --ttl as in `soak`: with a short state TTL, memory levels off once the first conversations expire.
        var ttl = args.Ttl.ToString("c", CultureInfo.InvariantCulture);
        await using var bot = await Servers.StartBotAsync(new Dictionary<string, string> { ["Bot__StateTtl"] = ttl });
        using var normal = Servers.ClientFor(bot, users);
        using var abusive = Servers.ClientFor(bot, 32);
        // The flooder comes from another loopback address (127.0.0.2), so the token limit of the slot-taker on
        // 127.0.0.1 does not starve it: each address has its own allowance, as each client would.
        using var flooder = FromAddress(bot, "127.0.0.2");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var counts = new Counts();
        var abuse = new[]
        {
            Loop(() => FloodDirectLineAsync(flooder, counts, pause), pause, stop.Token),
            Loop(() => TakeSlotsAsync(abusive, counts), pause, stop.Token),
            Loop(() => FaultyInputAsync(abusive, counts), pause, stop.Token),
            Loop(() => ConcurrentRetriesAsync(abusive, counts), pause, stop.Token),
        }.Concat(Enumerable.Range(0, 8).Select(_ => Loop(() => EndlessEndAsync(abusive, counts, stop.Token), 10 * pause, stop.Token))).ToArray();
        // Normal people on the web chat too: two at a time walk the path over Direct Line, from their own address.
        using var webChat = FromAddress(bot, "127.0.0.3");
        var webChatPeople = Enumerable.Range(0, 2).Select(_ => WebChatPersonAsync(webChat, counts, stop.Token)).ToArray();
        var run = new LoadDriver(normal, VictimPath.ForSignpostBot).RunAsync(new LoadOptions(users, TimeSpan.FromSeconds(seconds), TimeSpan.Zero, think));
        var samples = new List<(TimeSpan At, long Rss)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var timer = new PeriodicTimer(TimeSpan.FromSeconds(args.SampleSeconds)))
        {
            while (!run.IsCompleted && await timer.WaitForNextTickAsync())
            {
                samples.Add((clock.Elapsed, bot.RssBytes));
            }
        }

        var result = await run;
        await Task.WhenAll(abuse);
        await Task.WhenAll(webChatPeople);
        using var health = await normal.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var healthBody = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        var status = healthBody.RootElement.GetProperty("status").GetString();
        var peak = bot.PeakRssBytes / 1048576.0;

        var lines = new[]
        {
            string.Create(CultureInfo.InvariantCulture, $"Abuse: {seconds} s, {users} people walking the victim path ({think.TotalMilliseconds:0} ms between turns) beside twelve abusive clients ({pause.TotalMilliseconds:0} ms between attempts), state TTL {ttl}."),
            "",
            "| measure | value |",
            "|---|---:|",
            string.Create(CultureInfo.InvariantCulture, $"| normal turns | {result.Turns:N0} ({result.TurnsPerSecond:0}/s) |"),
            string.Create(CultureInfo.InvariantCulture, $"| normal errors | {result.Errors} |"),
            string.Create(CultureInfo.InvariantCulture, $"| normal p50 / p99 / max ms | {result.P50:0.00} / {result.P99:0.00} / {result.Max:0.0} |"),
            string.Create(CultureInfo.InvariantCulture, $"| normal web chat (Direct Line) turns / errors / p99 ms | {counts.WebChatTurns:N0} / {counts.WebChatErrors} / {Percentile(counts.WebChatLatencies, 0.99):0.0} |"),
            string.Create(CultureInfo.InvariantCulture, $"| abusive requests (DL floods / chunked ends / token+start / faulty input / retries) | {counts.Flood:N0} / {counts.Ends:N0} / {counts.Slots:N0} / {counts.Faulty:N0} / {counts.Retries:N0} |"),
            string.Create(CultureInfo.InvariantCulture, $"| retries answered differently from their first copy | {counts.RetryMismatches} |"),
            string.Create(CultureInfo.InvariantCulture, $"| peak RSS (ceiling {CeilingMiB} MiB) | {peak:0} MiB |"),
            $"| /healthz at the end | {(int)health.StatusCode} {status} |",
        };
        Console.WriteLine(string.Join(Environment.NewLine, lines));
        Console.WriteLine();
        Console.WriteLine("RSS samples (mm:ss MiB): " + string.Join(", ", samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.At:mm\\:ss} {s.Rss / 1048576.0:0}"))));
        if (result.FirstError is { } e)
        {
            Console.WriteLine("First error: " + e);
        }

        return result.Errors == 0 && counts.WebChatErrors == 0 && counts.RetryMismatches == 0 && peak <= CeilingMiB && status == "Healthy" ? 0 : 2;
    }

    /// <summary>
    /// A person on the web chat: a token, the start, then each turn of the victim path posted and its reply
    /// awaited by polling (as directlinejs does without a WebSocket). A reply not seen within 10 s is an error.
    /// </summary>
    private static async Task WebChatPersonAsync(HttpClient client, Counts counts, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var tokenResponse = await client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null, CancellationToken.None);
            if ((int)tokenResponse.StatusCode == 429)
            {
                // Two people share one address: past its allowance they wait, as a household would.
                await Task.Delay(1000, CancellationToken.None);
                continue;
            }

            using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(CancellationToken.None));
            var bearer = token.RootElement.GetProperty("token").GetString()!;
            var conversation = token.RootElement.GetProperty("conversationId").GetString()!;
            using (await Send(client, HttpMethod.Post, "/v3/directline/conversations", bearer, "{}"))
            {
            }

            var watermark = string.Empty;
            for (var turn = 0; turn < VictimPath.ForSignpostBot.Count && !stop.IsCancellationRequested; turn++)
            {
                var step = VictimPath.ForSignpostBot[turn];
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                if (turn > 0)
                {
                    using var posted = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities", bearer, $"{{\"type\":\"message\",\"text\":{JsonSerializer.Serialize(step.Text)},\"channelData\":{{\"clientActivityID\":\"t{turn}\"}}}}");
                }

                var seen = false;
                while (!seen && System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10))
                {
                    using var poll = await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities?watermark={watermark}", bearer, null);
                    var body = await poll.Content.ReadAsStringAsync(CancellationToken.None);
                    using var set = JsonDocument.Parse(body);
                    watermark = set.RootElement.GetProperty("watermark").GetString() ?? watermark;
                    seen = body.Contains(step.Expect, StringComparison.Ordinal);
                    if (!seen)
                    {
                        await Task.Delay(20, CancellationToken.None);
                    }
                }

                lock (counts.WebChatLatencies)
                {
                    counts.WebChatLatencies.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                Interlocked.Increment(ref seen ? ref counts.WebChatTurns : ref counts.WebChatErrors);
            }
        }
    }

    private static double Percentile(List<double> values, double share)
    {
        lock (values)
        {
            if (values.Count == 0)
            {
                return 0;
            }

            var sorted = values.Order().ToArray();
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
        }
    }

    private static async Task Loop(Func<Task> body, TimeSpan pause, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await body();
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
            {
                // An abusive client's request refused or cut off is the expected outcome.
            }

            try
            {
                await Task.Delay(pause, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Item 1: one conversation after another flooded with 200 posts of 200 KB events and messages each.</summary>
    private static async Task FloodDirectLineAsync(HttpClient client, Counts counts, TimeSpan pause)
    {
        using var tokenResponse = await client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
        if (!tokenResponse.IsSuccessStatusCode)
        {
            // Past the token limit: wait for the next minute's allowance.
            await Task.Delay(1000);
            return;
        }

        using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var bearer = token.RootElement.GetProperty("token").GetString()!;
        var conversation = token.RootElement.GetProperty("conversationId").GetString()!;
        using (await Send(client, HttpMethod.Post, "/v3/directline/conversations", bearer, "{}"))
        {
        }

        var big = JsonSerializer.Serialize(new string('x', 200 * 1024));
        for (var i = 0; i < 200; i++)
        {
            var type = i % 2 == 0 ? "event" : "message";
            using var _ = await Send(client, HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities", bearer, $"{{\"type\":\"{type}\",\"name\":\"n\",\"text\":{big},\"value\":{big}}}");
            Interlocked.Increment(ref counts.Flood);
            await Task.Delay(pause);
        }

        using (await Send(client, HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities", bearer, null))
        {
        }
    }

    /// <summary>Item 2: 25 MB chunked bodies to /end, eight at a time (one of eight such loops), each given 5 s.</summary>
    private static async Task EndlessEndAsync(HttpClient client, Counts counts, CancellationToken stop)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stop);
        attempt.CancelAfter(TimeSpan.FromSeconds(5));
        using var content = new StreamContent(new RepeatingStream(25 * 1024 * 1024));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        // Counted as sent: the server answers 413 and stops reading, so the upload usually ends in an error here.
        Interlocked.Increment(ref counts.Ends);
        using var response = await client.PostAsync(new Uri("/api/directline/end", UriKind.Relative), content, attempt.Token);
    }

    /// <summary>Item 3: tokens taken and never used, and from a foreign origin.</summary>
    private static async Task TakeSlotsAsync(HttpClient client, Counts counts)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        if (Interlocked.Increment(ref counts.Slots) % 2 == 0)
        {
            request.Headers.Add("Origin", "https://attacker.example");
        }

        using var response = await client.SendAsync(request);
    }

    /// <summary>Item 4: an empty-text mention and a null member, which used to fault the turn.</summary>
    private static async Task FaultyInputAsync(HttpClient client, Counts counts)
    {
        var id = Guid.NewGuid().ToString("N");
        foreach (var body in new[]
        {
            $$$"""{"type":"message","id":"m","channelId":"abuse","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"{{{id}}}"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"hi","entities":[{"type":"mention","text":"","mentioned":{"id":"b"}}],"deliveryMode":"expectReplies"}""",
            $$$"""{"type":"conversationUpdate","id":"u","channelId":"abuse","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"{{{id}}}"},"from":{"id":"u"},"recipient":{"id":"b"},"membersAdded":[null],"deliveryMode":"expectReplies"}""",
        })
        {
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
            Interlocked.Increment(ref counts.Faulty);
        }
    }

    /// <summary>Item 5: five concurrent copies of one activity; every copy must get the same replies.</summary>
    private static async Task ConcurrentRetriesAsync(HttpClient client, Counts counts)
    {
        var id = Guid.NewGuid().ToString("N");
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            var body = $$$"""{"type":"message","id":"same","channelId":"abuse","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"{{{id}}}"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"hi","deliveryMode":"expectReplies"}""";
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
            Interlocked.Increment(ref counts.Retries);
            using var replies = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return string.Join("\n", replies.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        }));
        if (answers.Distinct().Count() != 1)
        {
            Interlocked.Increment(ref counts.RetryMismatches);
        }
    }

    private static HttpClient FromAddress(ServerProcess bot, string address) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Parse(address), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = bot.BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string bearer, string? json)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }

    private sealed class Counts
    {
        public long Flood;
        public long Ends;
        public long Slots;
        public long Faulty;
        public long Retries;
        public long RetryMismatches;
        public long WebChatTurns;
        public long WebChatErrors;
        public readonly List<double> WebChatLatencies = [];
    }

    /// <summary>A body of spaces, of the given length, read without a known length (so it is sent chunked).</summary>
    private sealed class RepeatingStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Fill(buffer, (byte)' ', offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
