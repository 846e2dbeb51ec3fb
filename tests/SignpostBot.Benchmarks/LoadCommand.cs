using System.Globalization;
using SignpostBot.Testing.Load;

namespace SignpostBot.Benchmarks;

/// <summary>SignpostBot against the bare ceiling: the same driver, the same path, one after the other.</summary>
internal static class LoadCommand
{
    public sealed record Outcome(LoadResult Ceiling, long CeilingPeakRss, LoadResult Bot, long BotPeakRss, LoadOptions Options)
    {
        public double Ratio => Bot.TurnsPerSecond / Ceiling.TurnsPerSecond;
    }

    public static async Task<int> RunAsync(BenchArgs args)
    {
        Servers.WarnIfDebug();
        if (args.Url is { } url)
        {
            // Drive a server that is already running (for profiling it): SignpostBot's path and checks.
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var only = await new LoadDriver(client, VictimPath.ForSignpostBot).RunAsync(Options(args));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{only.TurnsPerSecond:0} turns/s, p50 {only.P50:0.00} ms, p99 {only.P99:0.00} ms, {only.Errors} errors {only.FirstError}"));
            return only.Errors == 0 ? 0 : 2;
        }

        var outcome = await MeasureAsync(args);
        Console.WriteLine(Table(outcome));
        return outcome.Bot.Errors == 0 && outcome.Ceiling.Errors == 0 ? 0 : 2;
    }

    /// <summary>
    /// Both servers run side by side (the idle one waits on its socket); the driver alternates between them in
    /// short slices, so anything else the machine does falls on both alike. Slices are pooled per server.
    /// </summary>
    public static async Task<Outcome> MeasureAsync(BenchArgs args)
    {
        var options = Options(args);
        var rounds = args.Rounds;
        Console.Error.WriteLine($"Load: {options.Users} people, {options.Warmup.TotalSeconds:0} s warm-up each, then {rounds} alternating slices of {options.Duration.TotalSeconds / rounds:0.#} s per server…");
        await using var ceilingServer = await Servers.StartCeilingAsync();
        await using var botServer = await Servers.StartBotAsync();
        using var ceilingClient = Servers.ClientFor(ceilingServer, options.Users);
        using var botClient = Servers.ClientFor(botServer, options.Users);
        var ceilingDriver = new LoadDriver(ceilingClient, VictimPath.ForCeiling);
        var botDriver = new LoadDriver(botClient, VictimPath.ForSignpostBot);
        var warmup = options with { Duration = options.Warmup, Warmup = TimeSpan.Zero };
        await ceilingDriver.RunAsync(warmup);
        await botDriver.RunAsync(warmup);
        var slice = options with { Duration = options.Duration / rounds, Warmup = TimeSpan.Zero };
        var ceiling = new List<LoadResult>();
        var bot = new List<LoadResult>();
        for (var round = 0; round < rounds; round++)
        {
            ceiling.Add(await ceilingDriver.RunAsync(slice));
            bot.Add(await botDriver.RunAsync(slice));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slice {round + 1}: ceiling {ceiling[^1].TurnsPerSecond:0} turns/s, SignpostBot {bot[^1].TurnsPerSecond:0} turns/s ({bot[^1].TurnsPerSecond / ceiling[^1].TurnsPerSecond:P0})"));
        }

        return new Outcome(LoadResult.Merge(ceiling), ceilingServer.PeakRssBytes, LoadResult.Merge(bot), botServer.PeakRssBytes, options);
    }

    private static LoadOptions Options(BenchArgs args)
        => new(args.Users, TimeSpan.FromSeconds(args.Seconds), TimeSpan.FromSeconds(args.Warmup));

    public static string Table(Outcome o)
    {
        static string Row(string name, LoadResult r, long rss) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {r.TurnsPerSecond:0} | {r.ConversationsPerSecond:0} | {r.P50:0.00} | {r.P90:0.00} | {r.P99:0.00} | {r.Max:0.0} | {r.Errors} | {rss / 1048576.0:0} |");
        return string.Join(Environment.NewLine,
            $"{o.Options.Users} simulated people per server, {o.Options.Duration.TotalSeconds:0} s measured per server (alternating slices) after {o.Options.Warmup.TotalSeconds:0} s warm-up each, 4-turn victim path, expectReplies, every reply checked.",
            "",
            "| server | turns/s | conversations/s | p50 ms | p90 ms | p99 ms | max ms | errors | peak RSS MiB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
            Row("bare ASP.NET Core ceiling", o.Ceiling, o.CeilingPeakRss),
            Row("SignpostBot", o.Bot, o.BotPeakRss),
            "",
            string.Create(CultureInfo.InvariantCulture, $"SignpostBot: **{o.Ratio:P0} of the ceiling's turns/s** (target ≥ 80%), p99 **{o.Bot.P99:0.0} ms** (target < 30 ms)."),
            o.Bot.FirstError is { } e ? "First SignpostBot error: " + e : string.Empty,
            o.Ceiling.FirstError is { } c ? "First ceiling error: " + c : string.Empty);
    }
}
