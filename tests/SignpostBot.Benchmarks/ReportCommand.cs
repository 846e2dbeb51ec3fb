using System.Globalization;

namespace SignpostBot.Benchmarks;

/// <summary>Everything docs/performance.md reports, from one command: load against the ceiling, memory, start-up.</summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        Servers.WarnIfDebug();
        var date = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var load = await LoadCommand.MeasureAsync(args);
        var memory = await MemoryCommand.MeasureAsync(args);
        var startup = await StartupCommand.MeasureAsync(args);
        var report = string.Join(Environment.NewLine,
            $"Date: {date}. Machine: {Machine.Describe()}. Build: {Servers.Configuration}.",
            "",
            "### Throughput and latency",
            "",
            LoadCommand.Table(load),
            "",
            "### Memory",
            "",
            MemoryCommand.Table(memory),
            "",
            "### Start-up",
            "",
            StartupCommand.Table(startup));
        Console.WriteLine(report);
        if (args.Out is { } path)
        {
            await File.WriteAllTextAsync(path, report);
        }

        return load.Bot.Errors == 0 && memory.Errors == 0 ? 0 : 2;
    }
}
