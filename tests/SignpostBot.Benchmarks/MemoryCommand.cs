using System.Globalization;
using System.Text.Json;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;
using SignpostBot.Testing.Load;

namespace SignpostBot.Benchmarks;

/// <summary>
/// Memory per live conversation: the bot's resident set after N conversations each left waiting mid-flow
/// (3 turns in, state kept), against its resident set when warm; and the bytes of state each keeps.
/// </summary>
internal static class MemoryCommand
{
    private static readonly IReadOnlyList<ScriptedTurn> ThreeTurns = VictimPath.ForSignpostBot.Take(3).ToList();

    /// <summary>Words of no offered language's samples, long enough (3 words, 12 letters) for the language detector to read.</summary>
    private const string LanguageDetectionMessage = "kwarp zindel fostrum blavik";

    public sealed record Outcome(int Conversations, long WarmRss, long LoadedRss, long PeakRss, int MaxStateBytes, long Errors, string? FirstError)
    {
        public double BytesPerConversation => (LoadedRss - WarmRss) / (double)Conversations;
    }

    public static async Task<int> RunAsync(BenchArgs args)
    {
        Servers.WarnIfDebug();
        var outcome = await MeasureAsync(args);
        Console.WriteLine(Table(outcome));
        return outcome.Errors == 0 ? 0 : 2;
    }

    public static async Task<Outcome> MeasureAsync(BenchArgs args)
    {
        var count = args.Conversations;
        var maxState = MaxStateBytes();
        Console.Error.WriteLine($"Memory: {count} live conversations…");
        await using var bot = await Servers.StartBotAsync();
        using var client = Servers.ClientFor(bot, 64);
        var driver = new LoadDriver(client, ThreeTurns);
        // Warm up JIT, pools and caches with conversations that end ("stop" forgets them), so they leave no state.
        var warmup = new LoadDriver(client, [.. ThreeTurns, new ScriptedTurn("stop", "forgotten")]);
        await warmup.RunConversationsAsync(5_000, 64, "warm");
        // Language detection loaded, as issue 14 asks the memory to be measured: a message in no offered language's
        // known words goes to the detector, whose first detection reads every offered language's model.
        var languages = new LoadDriver(client, [ThreeTurns[0], new ScriptedTurn(LanguageDetectionMessage, "\"activities\":[{"), new ScriptedTurn("stop", "\"activities\":[{")]);
        var languageErrors = await languages.RunConversationsAsync(64, 64, "language");
        var warm = bot.RssBytes;
        var errors = await driver.RunConversationsAsync(count, 64, "live");
        var loaded = bot.RssBytes;
        return new Outcome(count, warm, loaded, bot.PeakRssBytes, maxState, errors + languageErrors, driver.FirstError ?? languages.FirstError);
    }

    public static string Table(Outcome o) => string.Join(Environment.NewLine,
        string.Create(CultureInfo.InvariantCulture, $"{o.Conversations:N0} live conversations, each 3 turns in (waiting at the country question), in-memory state (default 30-minute TTL)."),
        "",
        "| measure | value | target |",
        "|---|---:|---|",
        string.Create(CultureInfo.InvariantCulture, $"| bot RSS, warm (no live conversations) | {o.WarmRss / 1048576.0:0} MiB | |"),
        string.Create(CultureInfo.InvariantCulture, $"| bot RSS with {o.Conversations:N0} live conversations | {o.LoadedRss / 1048576.0:0} MiB | < 300 MiB |"),
        string.Create(CultureInfo.InvariantCulture, $"| bot peak RSS | {o.PeakRss / 1048576.0:0} MiB | |"),
        string.Create(CultureInfo.InvariantCulture, $"| memory per live conversation | {o.BytesPerConversation:0} bytes | |"),
        string.Create(CultureInfo.InvariantCulture, $"| largest state (compact JSON, any turn of any scripted path) | {o.MaxStateBytes} bytes | ≤ 1024 bytes |"),
        string.Create(CultureInfo.InvariantCulture, $"| errors | {o.Errors} | 0 |"),
        o.FirstError is { } e ? "First error: " + e : string.Empty);

    /// <summary>The largest serialized state over every turn of a few long paths through the flows.</summary>
    private static int MaxStateBytes()
    {
        var bot = BotContentForBenchmarks.Load();
        string[][] paths =
        [
            ["hi", "For me", "no", "Romania"],
            ["hi", "For me", "yes", "Another country", "Viet Nam"],
            ["hi", "Someone I'm worried about", "yes", "no", "United Kingdom"],
            ["hi", "I'm a professional", "1", "2", "3"],
            ["I am in Italy and they took my passport", "no"],
            ["hi", "blah", "blah", "blah", "help", "start again", "For me"],
        ];
        var max = 0;
        foreach (var path in paths)
        {
            DialogState? state = null;
            foreach (var text in path)
            {
                state = bot.OnTurn(state, TurnBenchmarks.Message(text)).State;
                if (state is not null)
                {
                    max = Math.Max(max, JsonSerializer.SerializeToUtf8Bytes(state, StateJsonContext.Default.DialogState).Length);
                }
            }
        }

        return max;
    }
}
