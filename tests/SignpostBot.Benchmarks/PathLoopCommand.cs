using System.Buffers;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Benchmarks;

/// <summary>
/// The turn function over a whole path, in a loop on one thread, per step: CPU time and bytes allocated per turn,
/// and the replies' JSON (its size, and the time to write it as <c>/api/messages</c> does). Quicker and steadier than
/// BenchmarkDotNet for an A/B of a change, and the same 4-turn paths as the load runs.
/// </summary>
internal static class PathLoopCommand
{
    /// <summary>The default path's texts, as the load drivers send them (the node driver's and the side-by-side script's default).</summary>
    public const string ButtonPath = "hi|I need help for myself|no|Romania";

    /// <summary>The free-text path the load command walks (<see cref="Testing.Load.VictimPath"/>).</summary>
    public const string FreeTextPath = "hi|they took my passport and make me work for no money|no|Romania";

    public static int Run(IReadOnlyList<string> paths, int conversations)
    {
        var bot = BotContentForBenchmarks.Load();
        foreach (var path in paths)
        {
            // Every path warmed first, so the tiered JIT has settled before anything is measured.
            Walk(bot, path.Split('|'), conversations);
        }

        Console.WriteLine($"{conversations} conversations per path after as many of warm-up, one thread, Release: mean per turn");
        Console.WriteLine($"{"turn",-58}{"µs",9}{"alloc B",10}{"JSON B",9}{"JSON µs",9}");
        foreach (var path in paths)
        {
            var texts = path.Split('|');
            var (ticks, bytes, jsonBytes, jsonTicks) = Walk(bot, texts, conversations);
            double total = 0;
            for (var i = 0; i < texts.Length; i++)
            {
                var micros = ticks[i] * 1e6 / Stopwatch.Frequency / conversations;
                total += micros;
                Console.WriteLine($"{'"' + texts[i] + '"',-58}{micros,9:F1}{bytes[i] / conversations,10}{jsonBytes[i],9}{jsonTicks[i] * 1e6 / Stopwatch.Frequency / conversations,9:F1}");
            }

            Console.WriteLine($"{"  mean over the path",-58}{total / texts.Length,9:F1}{bytes.Sum() / conversations / texts.Length,10}");
        }

        return 0;
    }

    private static (long[] Ticks, long[] Bytes, long[] JsonBytes, long[] JsonTicks) Walk(TriageBot bot, string[] texts, int conversations)
    {
        var (ticks, bytes, jsonBytes, jsonTicks) = (new long[texts.Length], new long[texts.Length], new long[texts.Length], new long[texts.Length]);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var writer = new Utf8JsonWriter(buffer);
        var now = DateTimeOffset.UtcNow;
        for (var c = 0; c < conversations; c++)
        {
            DialogState? state = null;
            for (var i = 0; i < texts.Length; i++)
            {
                var activity = Message($"loop-{c}", i, texts[i]);
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var started = Stopwatch.GetTimestamp();
                var result = bot.OnTurn(state, activity, now);
                var turned = Stopwatch.GetTimestamp();
                bytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                ticks[i] += turned - started;

                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                JsonSerializer.Serialize(writer, new ExpectedReplies(result.Replies), SchemaJsonContext.Default.ExpectedReplies);
                writer.Flush();
                jsonTicks[i] += Stopwatch.GetTimestamp() - turned;
                jsonBytes[i] = buffer.WrittenCount;
                state = result.State;
            }
        }

        return (ticks, bytes, jsonBytes, jsonTicks);
    }

    /// <summary>An activity shaped as the load drivers post it.</summary>
    private static Activity Message(string conversationId, int step, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = conversationId + "-" + step,
        ChannelId = "test",
        DeliveryMode = DeliveryModes.ExpectReplies,
        ServiceUrl = "http://127.0.0.1:9/",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "load-user", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
        Locale = "en-GB",
        Text = text,
    };
}
