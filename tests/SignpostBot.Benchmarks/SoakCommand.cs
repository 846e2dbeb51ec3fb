using System.Diagnostics;
using System.Globalization;
using SignpostBot.Testing.Load;

namespace SignpostBot.Benchmarks;

/// <summary>
/// A bounded soak: steady load for a set time with a short state TTL, the bot's resident set sampled as it
/// goes. Memory should level off once the first conversations expire (TTL eviction) and stay flat; no errors.
/// </summary>
internal static class SoakCommand
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        Servers.WarnIfDebug();
        var minutes = args.Minutes;
        var users = args.Users;
        var think = TimeSpan.FromMilliseconds(args.ThinkMs);
        var ttl = args.Ttl;
        var sampleEvery = TimeSpan.FromSeconds(args.SampleSeconds);
        Console.Error.WriteLine($"Soak: {minutes} min, {users} people, {think.TotalMilliseconds:0} ms between turns, state TTL {ttl}…");

        await using var bot = await Servers.StartBotAsync(new Dictionary<string, string> { ["Bot__StateTtl"] = ttl.ToString() });
        using var client = Servers.ClientFor(bot, users);
        var driver = new LoadDriver(client, VictimPath.ForSignpostBot);
        var clock = Stopwatch.StartNew();
        var run = driver.RunAsync(new LoadOptions(users, TimeSpan.FromMinutes(minutes), TimeSpan.Zero, think));
        var samples = new List<(TimeSpan At, long Rss)>();
        using var timer = new PeriodicTimer(sampleEvery);
        while (!run.IsCompleted && await timer.WaitForNextTickAsync())
        {
            samples.Add((clock.Elapsed, bot.RssBytes));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed:mm\\:ss}  RSS {samples[^1].Rss / 1048576.0:0} MiB"));
        }

        var result = await run;
        var settled = samples.Where(s => s.At >= 2 * ttl).ToList();
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Soak: {minutes} min, {users} people walking the victim path with {think.TotalMilliseconds:0} ms between turns, state TTL {ttl}."),
            "",
            "| measure | value |",
            "|---|---:|",
            string.Create(CultureInfo.InvariantCulture, $"| turns | {result.Turns:N0} ({result.TurnsPerSecond:0}/s) |"),
            string.Create(CultureInfo.InvariantCulture, $"| conversations | {result.Conversations:N0} |"),
            string.Create(CultureInfo.InvariantCulture, $"| errors | {result.Errors} |"),
            string.Create(CultureInfo.InvariantCulture, $"| p50 / p99 / max ms | {result.P50:0.00} / {result.P99:0.00} / {result.Max:0.0} |"),
            string.Create(CultureInfo.InvariantCulture, $"| peak RSS | {bot.PeakRssBytes / 1048576.0:0} MiB |"),
        };
        if (settled.Count > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| RSS after 2×TTL: first / min / max / last | {settled[0].Rss / 1048576.0:0} / {settled.Min(s => s.Rss) / 1048576.0:0} / {settled.Max(s => s.Rss) / 1048576.0:0} / {settled[^1].Rss / 1048576.0:0} MiB |"));
        }

        lines.Add("");
        lines.Add("RSS samples (mm:ss MiB): " + string.Join(", ", samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.At:mm\\:ss} {s.Rss / 1048576.0:0}"))));
        if (result.FirstError is { } e)
        {
            lines.Add("First error: " + e);
        }

        Console.WriteLine(string.Join(Environment.NewLine, lines));
        return result.Errors == 0 ? 0 : 2;
    }
}
