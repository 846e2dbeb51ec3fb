using System.Buffers;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;
using SignpostBot.Testing.Load;

namespace SignpostBot.Benchmarks;

/// <summary>
/// The turn function over a whole path, in a loop on one thread, per step: the time and bytes allocated per turn,
/// and the replies' JSON (its size, and the time to write it as <c>/api/messages</c> does). Quicker and steadier than
/// BenchmarkDotNet for an A/B of a change, and the same 4-turn paths as the load runs.
/// </summary>
internal static class PathLoopCommand
{
    /// <summary>The default path's texts, as the load drivers send them (the node driver's and the side-by-side script's default).</summary>
    public const string ButtonPath = "hi|I need help for myself|no|Romania";

    /// <summary>The free-text path the load command walks (<see cref="VictimPath"/>).</summary>
    public static readonly string FreeTextPath = string.Join('|', VictimPath.ForSignpostBot.Select(t => t.Text));

    /// <summary>Rounds per path, alternating between the paths; each step's figure is its best round, which a busy neighbour does not inflate.</summary>
    private const int Rounds = 5;

    public static int Run(IReadOnlyList<string> paths, int conversations)
    {
        var bot = BotContentForBenchmarks.Load();
        var steps = paths.Select(p => p.Split('|')).ToArray();
        foreach (var texts in steps)
        {
            // Every path warmed first, so the tiered JIT has settled before anything is measured.
            Walk(bot, texts, conversations);
        }

        var perRound = Math.Max(1, conversations / Rounds);
        var best = steps.Select(t => Enumerable.Repeat(double.MaxValue, t.Length).ToArray()).ToArray();
        var bestJson = steps.Select(t => Enumerable.Repeat(double.MaxValue, t.Length).ToArray()).ToArray();
        var allocated = steps.Select(t => new long[t.Length]).ToArray();
        var jsonBytes = steps.Select(t => new long[t.Length]).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var p = 0; p < steps.Length; p++)
            {
                var (ticks, bytes, json, jsonTicks) = Walk(bot, steps[p], perRound);
                for (var i = 0; i < steps[p].Length; i++)
                {
                    best[p][i] = Math.Min(best[p][i], ticks[i] * 1e6 / Stopwatch.Frequency / perRound);
                    bestJson[p][i] = Math.Min(bestJson[p][i], jsonTicks[i] * 1e6 / Stopwatch.Frequency / perRound);
                    allocated[p][i] = bytes[i] / perRound;
                    jsonBytes[p][i] = json[i];
                }
            }
        }

        Console.WriteLine($"{Rounds} rounds of {perRound} conversations per path (alternating) after {conversations} of warm-up, one thread, Release; each turn's best round:");
        Console.WriteLine($"{"turn",-58}{"µs",9}{"alloc B",10}{"JSON B",9}{"JSON µs",9}");
        for (var p = 0; p < steps.Length; p++)
        {
            for (var i = 0; i < steps[p].Length; i++)
            {
                Console.WriteLine($"{'"' + steps[p][i] + '"',-58}{best[p][i],9:F1}{allocated[p][i],10}{jsonBytes[p][i],9}{bestJson[p][i],9:F1}");
            }

            Console.WriteLine($"{"  mean over the path",-58}{best[p].Average(),9:F1}{allocated[p].Sum() / steps[p].Length,10}{jsonBytes[p].Sum() / steps[p].Length,9}{bestJson[p].Average(),9:F1}");
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
