using System.Globalization;

namespace SignpostBot.Benchmarks;

/// <summary>Time from starting the bot's process to its first answer to a real activity, over several starts.</summary>
internal static class StartupCommand
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        Servers.WarnIfDebug();
        var times = await MeasureAsync(args);
        Console.WriteLine(Table(times));
        return 0;
    }

    public static async Task<IReadOnlyList<TimeSpan>> MeasureAsync(BenchArgs args)
    {
        var runs = args.Int("runs", 5);
        var times = new List<TimeSpan>();
        Console.Error.WriteLine($"Start-up: {runs} starts…");
        for (var i = 0; i < runs; i++)
        {
            await using var bot = await Servers.StartBotAsync();
            times.Add(bot.StartupTime);
        }

        return times;
    }

    public static string Table(IReadOnlyList<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"Start-up to first answer over {sorted.Count} starts (`dotnet SignpostBot.dll`, content loaded and checked): median **{sorted[sorted.Count / 2].TotalMilliseconds:0} ms**, fastest {sorted[0].TotalMilliseconds:0} ms, slowest {sorted[^1].TotalMilliseconds:0} ms (target ≤ 1000 ms).");
    }
}
