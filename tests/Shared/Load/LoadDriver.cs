using System.Diagnostics;
using System.Net.Http.Headers;

namespace SignpostBot.Testing.Load;

/// <summary>How many simulated people, for how long, and how long each pauses between turns (0: none).</summary>
public sealed record LoadOptions(int Users, TimeSpan Duration, TimeSpan Warmup, TimeSpan ThinkTime = default);

/// <summary>What a load run measured. Latencies are per turn (request sent to reply read), in milliseconds.</summary>
public sealed record LoadResult(long Turns, long Conversations, long Errors, TimeSpan Elapsed, double P50, double P90, double P99, double Max, string? FirstError)
{
    /// <summary>Every measured turn's latency, sorted (for merging runs).</summary>
    public IReadOnlyList<double> Latencies { get; init; } = [];

    /// <summary>Several runs as one: turns and time added up, latencies pooled.</summary>
    public static LoadResult Merge(IReadOnlyList<LoadResult> runs)
    {
        var latencies = runs.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(latencies);
        return new LoadResult(
            runs.Sum(r => r.Turns),
            runs.Sum(r => r.Conversations),
            runs.Sum(r => r.Errors),
            TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)),
            LoadDriver.Percentile(latencies, 0.50),
            LoadDriver.Percentile(latencies, 0.90),
            LoadDriver.Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : latencies[^1],
            runs.Select(r => r.FirstError).FirstOrDefault(e => e is not null))
        {
            Latencies = latencies,
        };
    }

    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double ConversationsPerSecond => Conversations / Elapsed.TotalSeconds;
}

/// <summary>
/// N concurrent simulated people, each walking a scripted path in a fresh conversation after another, over
/// <c>POST /api/messages</c> with expectReplies, checking every reply. Only turns within the measured window count.
/// </summary>
public sealed class LoadDriver(HttpClient client, IReadOnlyList<ScriptedTurn> path)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private long _errors;
    private string? _firstError;

    public async Task<LoadResult> RunAsync(LoadOptions options, CancellationToken cancellationToken = default)
    {
        _errors = 0;
        _firstError = null;
        var run = Guid.NewGuid().ToString("N")[..8];
        var warmupEnd = Stopwatch.GetTimestamp() + (long)(options.Warmup.TotalSeconds * Stopwatch.Frequency);
        var end = warmupEnd + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        var users = Enumerable.Range(0, options.Users)
            .Select(u => Task.Run(() => UserAsync($"{run}-{u}", warmupEnd, end, options.ThinkTime, cancellationToken), cancellationToken))
            .ToArray();
        var results = await Task.WhenAll(users);

        var latencies = results.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(latencies);
        return new LoadResult(
            latencies.Length,
            results.Sum(r => r.Conversations),
            Interlocked.Read(ref _errors),
            options.Duration,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.90),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : latencies[^1],
            _firstError)
        {
            Latencies = latencies,
        };
    }

    /// <summary>Walks the path in exactly <paramref name="count"/> fresh conversations, <paramref name="users"/> at a time; returns the errors.</summary>
    public async Task<long> RunConversationsAsync(int count, int users, string prefix, CancellationToken cancellationToken = default)
    {
        _errors = 0;
        _firstError = null;
        var next = -1;
        var workers = Enumerable.Range(0, users).Select(_ => Task.Run(
            async () =>
            {
                for (var n = Interlocked.Increment(ref next); n < count; n = Interlocked.Increment(ref next))
                {
                    for (var turn = 0; turn < path.Count; turn++)
                    {
                        if (!await SendAsync($"{prefix}-{n}", turn, path[turn], cancellationToken))
                        {
                            break;
                        }
                    }
                }
            },
            cancellationToken));
        await Task.WhenAll(workers);
        return Interlocked.Read(ref _errors);
    }

    public string? FirstError => _firstError;

    private async Task<(List<double> Latencies, long Conversations)> UserAsync(string user, long measureFrom, long end, TimeSpan think, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(4096);
        long conversations = 0;
        for (var n = 0; Stopwatch.GetTimestamp() < end && !cancellationToken.IsCancellationRequested; n++)
        {
            var conversation = $"load-{user}-{n}";
            var completed = true;
            var measuredWholeConversation = Stopwatch.GetTimestamp() >= measureFrom;
            for (var turn = 0; turn < path.Count; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(conversation, turn, path[turn], cancellationToken);
                var finished = Stopwatch.GetTimestamp();
                if (started >= measureFrom && finished <= end)
                {
                    latencies.Add((finished - started) * 1000.0 / Stopwatch.Frequency);
                }
                else
                {
                    measuredWholeConversation = false;
                }

                if (!ok)
                {
                    completed = false;
                    break;
                }

                if (think > TimeSpan.Zero)
                {
                    // A person's pause between messages, not synchronisation.
                    await Task.Delay(think, cancellationToken);
                }
            }

            if (completed && measuredWholeConversation)
            {
                conversations++;
            }
        }

        return (latencies, conversations);
    }

    private async Task<bool> SendAsync(string conversation, int turn, ScriptedTurn scripted, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new ByteArrayContent(VictimPath.RequestBody(conversation, turn, scripted.Text));
            content.Headers.ContentType = Json;
            using var response = await client.PostAsync("/api/messages", content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Fail($"turn {turn + 1} ('{scripted.Text}'): HTTP {(int)response.StatusCode}");
            }

            return body.AsSpan().IndexOf(scripted.ExpectUtf8) >= 0
                || Fail($"turn {turn + 1} ('{scripted.Text}'): the reply lacks \"{scripted.Expect}\"");
        }
        catch (HttpRequestException ex)
        {
            return Fail($"turn {turn + 1}: {ex.GetType().Name} {ex.Message}");
        }
    }

    private bool Fail(string error)
    {
        if (Interlocked.Increment(ref _errors) == 1)
        {
            _firstError = error;
        }

        return false;
    }

    internal static double Percentile(double[] sorted, double p)
        => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
