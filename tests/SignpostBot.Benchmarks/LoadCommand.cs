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
        var outcome = await MeasureAsync(args);
        Console.WriteLine(Table(outcome));
        return outcome.Bot.Errors == 0 && outcome.Ceiling.Errors == 0 ? 0 : 2;
    }

    public static async Task<Outcome> MeasureAsync(BenchArgs args)
    {
        var options = new LoadOptions(args.Int("users", 64), TimeSpan.FromSeconds(args.Int("seconds", 30)), TimeSpan.FromSeconds(args.Int("warmup", 5)));
        var (ceiling, ceilingRss) = await RunOneAsync("ceiling", Servers.StartCeilingAsync, VictimPath.ForCeiling, options);
        var (bot, botRss) = await RunOneAsync("SignpostBot", () => Servers.StartBotAsync(), VictimPath.ForSignpostBot, options);
        return new Outcome(ceiling, ceilingRss, bot, botRss, options);
    }

    public static string Table(Outcome o)
    {
        static string Row(string name, LoadResult r, long rss) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {r.TurnsPerSecond:0} | {r.ConversationsPerSecond:0} | {r.P50:0.00} | {r.P90:0.00} | {r.P99:0.00} | {r.Max:0.0} | {r.Errors} | {rss / 1048576.0:0} |");
        return string.Join(Environment.NewLine,
            $"{o.Options.Users} simulated people, {o.Options.Duration.TotalSeconds:0} s measured after {o.Options.Warmup.TotalSeconds:0} s warm-up, 4-turn victim path, expectReplies, every reply checked.",
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

    private static async Task<(LoadResult Result, long PeakRss)> RunOneAsync(string name, Func<Task<ServerProcess>> start, IReadOnlyList<ScriptedTurn> path, LoadOptions options)
    {
        Console.Error.WriteLine($"Load: {name}, {options.Users} people, {options.Warmup.TotalSeconds:0}+{options.Duration.TotalSeconds:0} s…");
        await using var server = await start();
        using var client = Servers.ClientFor(server, options.Users);
        var result = await new LoadDriver(client, path).RunAsync(options);
        return (result, server.PeakRssBytes);
    }
}
