using System.Globalization;
using SignpostBot.Testing.Load;

namespace SignpostBot.Benchmarks;

/// <summary>
/// Start-ups of the published bot and of the built one, each timed from process start to its first answer, and to its
/// intent classifier in use (<see cref="ServerProcess.ClassifierInUseAsync"/>).
/// </summary>
internal sealed record StartupTimes(IReadOnlyList<TimeSpan> Published, IReadOnlyList<TimeSpan> Built, IReadOnlyList<TimeSpan> PublishedClassifier, IReadOnlyList<TimeSpan> BuiltClassifier);

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
        var publishedClassifier = new List<TimeSpan>();
        var builtClassifier = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var (answer, classifier) = await TimeStartAsync(Servers.PublishedBotDll);
            published.Add(answer);
            publishedClassifier.Add(classifier);
            (answer, classifier) = await TimeStartAsync(Servers.BotDll);
            built.Add(answer);
            builtClassifier.Add(classifier);
        }

        return new StartupTimes(published, built, publishedClassifier, builtClassifier);
    }

    public static string Table(StartupTimes times)
    {
        var lines = new List<string>
        {
            $"Process start to the first answer (content loaded, checked and proved, at start or by the build), and to the intent classifier in use (`/healthz`), {times.Published.Count} starts of each, alternating:",
            "",
            "| app | to | median ms | fastest ms | slowest ms | target |",
            "|---|---|---:|---:|---:|---|",
            Row("published (`dotnet publish src/SignpostBot -c Release`, ReadyToRun, as deployed)", "first answer", times.Published, "≤ 1000 ms"),
            Row("published", "classifier in use", times.PublishedClassifier, "≤ 1500 ms"),
            Row("built (`dotnet build`, what `dotnet run` starts)", "first answer", times.Built, "for information"),
            Row("built", "classifier in use", times.BuiltClassifier, "for information"),
        };
        return string.Join(Environment.NewLine, lines);
    }

    public static TimeSpan Median(IReadOnlyList<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static async Task<(TimeSpan Answer, TimeSpan Classifier)> TimeStartAsync(string dll)
    {
        await using var bot = await Servers.StartBotAsync(dll: dll);
        return (bot.StartupTime, await bot.ClassifierInUseAsync());
    }

    private static string Row(string app, string to, IReadOnlyList<TimeSpan> times, string target)
        => string.Create(CultureInfo.InvariantCulture,
            $"| {app} | {to} | **{Median(times).TotalMilliseconds:0}** | {times.Min().TotalMilliseconds:0} | {times.Max().TotalMilliseconds:0} | {target} |");
}
