using System.Globalization;

namespace SignpostBot.Benchmarks;

/// <summary>Start-ups of the published bot and of the built one, each timed from process start to its first answer.</summary>
internal sealed record StartupTimes(IReadOnlyList<TimeSpan> Published, IReadOnlyList<TimeSpan> Built);

/// <summary>
/// Process start to the first expectReplies answer: the published app (what an App Service instance starts, the
/// figure the target is about) and the built one (what <c>dotnet run</c> starts), one after the other in turn.
/// </summary>
internal static class StartupCommand
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        Servers.WarnIfDebug();
        var times = await MeasureAsync(args);
        Console.WriteLine(Table(times));
        return 0;
    }

    public static async Task<StartupTimes> MeasureAsync(BenchArgs args)
    {
        var runs = args.Runs;
        Console.Error.WriteLine("Start-up: publishing the bot…");
        await Servers.PublishBotAsync();
        Console.Error.WriteLine($"Start-up: {runs} starts of each…");
        var published = new List<TimeSpan>();
        var built = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            published.Add(await TimeStartAsync(Servers.PublishedBotDll));
            built.Add(await TimeStartAsync(Servers.BotDll));
        }

        return new StartupTimes(published, built);
    }

    public static string Table(StartupTimes times)
    {
        var lines = new List<string>
        {
            $"Process start to the first answer (content loaded, validated and proved), {times.Published.Count} starts of each, alternating:",
            "",
            "| app | median ms | fastest ms | slowest ms | target |",
            "|---|---:|---:|---:|---|",
            Row("published (`dotnet publish src/SignpostBot -c Release`, ReadyToRun, as deployed)", times.Published, "≤ 1000 ms"),
            Row("built (`dotnet build`, what `dotnet run` starts)", times.Built, "for information"),
        };
        return string.Join(Environment.NewLine, lines);
    }

    public static TimeSpan Median(IReadOnlyList<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static async Task<TimeSpan> TimeStartAsync(string dll)
    {
        await using var bot = await Servers.StartBotAsync(dll: dll);
        return bot.StartupTime;
    }

    private static string Row(string app, IReadOnlyList<TimeSpan> times, string target)
        => string.Create(CultureInfo.InvariantCulture,
            $"| {app} | **{Median(times).TotalMilliseconds:0}** | {times.Min().TotalMilliseconds:0} | {times.Max().TotalMilliseconds:0} | {target} |");
}
