using Microsoft.Extensions.DependencyInjection;
using SignpostBot.Dialogs.Schema;
using SignpostBot.State;
using SignpostBot.Tests.DirectLine;

namespace SignpostBot.Tests.Abuse;

/// <summary>
/// Issue 15, item 5: a retry is not a second answer. The same (channel, conversation, activity id) runs one turn;
/// a repeat, sequential or concurrent, on one instance or two sharing Redis, gets the first turn's replies again, byte
/// for byte (texts, cards, buttons, timestamps), also after later turns, after danger and "stop", in another language
/// and on Teams, and does not move the conversation on.
/// </summary>
public sealed class ExactlyOnceTurnTests : IAsyncLifetime
{
    private static readonly string SharedKey = Convert.ToBase64String(new byte[32]);
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task SameActivityIdTwice_GetsTheSameRepliesAndMovesTheConversationOnOnce()
    {
        using var host = new BotFactory();
        using var client = host.CreateClient();
        await BotClient.SendAsync(client, BotClient.Message("once-1", "hi"));
        await BotClient.SendAsync(client, BotClient.Message("once-1", "For me"));
        var nonsense = BotClient.Message("once-1", "zzqx", id: "retry-me");

        var first = await BotClient.SendAsync(client, nonsense);
        var second = await BotClient.SendAsync(client, nonsense);
        var third = await BotClient.SendAsync(client, nonsense);

        Assert.Equal(Texts(first), Texts(second));
        Assert.Equal(Texts(first), Texts(third));
        Assert.All(second, r => Assert.Equal("retry-me", r.ReplyToId));
        // One failed attempt, not three: a real answer still moves the flow on rather than giving up.
        var next = await BotClient.SendAsync(client, BotClient.Message("once-1", "zzqy"));
        Assert.NotEqual(Texts(first), Texts(next));
    }

    [Fact]
    public async Task FiveConcurrentCopies_OnTwoInstancesSharingRedis_RunOneTurn()
    {
        using var a = RedisInstance();
        using var b = RedisInstance();
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        await BotClient.SendAsync(clientA, BotClient.Message("once-2", "hi"));
        var answer = BotClient.Message("once-2", "For me", id: "copy");

        var copies = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => BotClient.SendAsync(i % 2 == 0 ? clientA : clientB, answer)));

        Assert.All(copies, c => Assert.Equal(Texts(copies[0]), Texts(c)));
        Assert.Contains("Are you in danger right now?", Texts(copies[0]), StringComparison.Ordinal);
        var next = await BotClient.SendAsync(clientB, BotClient.Message("once-2", "No"));
        Assert.Contains("Which country are you in now?", Texts(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectLine_ARetriedPost_GetsTheSameIdAndOneEcho()
    {
        using var host = new BotFactory();
        var client = new DirectLineTestClient(host.CreateClient());
        var token = await client.StartedAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.PostMessageAsync(token, "For me", clientActivityId: "same")));

        Assert.Single(ids.Distinct());
        var set = await client.GetActivitiesAsync(token);
        Assert.Single(set.Activities, a => a.From?.Role == "user");
        Assert.Single(set.Activities, a => a.Text == "Are you in danger right now?");
    }

    [Fact]
    public async Task TheLedger_KeepsNothingThePersonTypedOrTheirIds()
    {
        const string Canary = "CANARY-ledger-9c1";
        using var host = new BotFactory();
        using var client = host.CreateClient();
        Activity Message(string text, string id) => BotClient.Message("conv-" + Canary, text, id: id) with
        {
            From = new ChannelAccount { Id = "user-" + Canary, Name = "Name " + Canary },
            Recipient = new ChannelAccount { Id = "bot-" + Canary },
            ServiceUrl = "http://127.0.0.1:9/" + Canary,
        };
        var ids = new[] { "id-1-" + Canary, "id-2-" + Canary, "id-3-" + Canary };
        await BotClient.SendAsync(client, Message("hi " + Canary, ids[0]));
        await BotClient.SendAsync(client, Message(Canary, ids[1]));
        await BotClient.SendAsync(client, Message("they hurt me " + Canary, ids[2]));

        var ledger = host.Services.GetRequiredService<ITurnLedger>();
        var keys = host.Services.GetRequiredService<ConversationKeyHasher>();
        foreach (var id in ids)
        {
            var kept = await ledger.FindAsync(keys.TurnKeyFor("test", "conv-" + Canary, id), CancellationToken.None);
            Assert.NotNull(kept);
            var json = System.Text.Encoding.UTF8.GetString(RedisTurnLedger.Write(kept.Value));
            Assert.DoesNotContain(Canary, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("127.0.0.1", json, StringComparison.Ordinal);
        }

        // The last turn started from a conversation already under way: its state is what the entry holds.
        var last = await ledger.FindAsync(keys.TurnKeyFor("test", "conv-" + Canary, ids[2]), CancellationToken.None);
        Assert.NotNull(last!.Value.State);
    }

    public static TheoryData<string, string[]> Conversations => new()
    {
        { "test", ["hi", "For me", "No", "Romania", "stop", "hi"] },
        { "test", ["hi", "they are going to kill me", "I can't do this anymore, I want to end it all", "Poland"] },
        { "test", ["Nu mă lasă să plec de aici", "Da", "România", "Română"] },
        { "test", ["hi", "Tôi bị giữ hộ chiếu", "không", "English"] },
        { "msteams", ["hi", "Professional", "what is the duty to notify", "NRM", "start again"] },
        { "webchat", ["هم يأخذون جواز سفري", "لا", "Leeds"] },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task EveryTurnRetried_AtOnceAndAtTheEnd_GetsTheSameBytes_InMemory(string channel, string[] texts)
    {
        using var host = new BotFactory();
        using var client = host.CreateClient();
        await RetryEveryTurn(channel, texts, client, client);
    }

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task EveryTurnRetried_AtOnceAndAtTheEnd_GetsTheSameBytes_OnTwoInstancesSharingRedis(string channel, string[] texts)
    {
        using var a = RedisInstance();
        using var b = RedisInstance();
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        await RetryEveryTurn(channel, texts, clientA, clientB);
    }

    private static async Task RetryEveryTurn(string channel, string[] texts, HttpClient first, HttpClient retries)
    {
        var conversation = channel + "-" + Guid.NewGuid().ToString("N");
        var sent = new List<(Activity Activity, string Replies)>();
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            var activity = BotClient.Message(conversation, text, id: "turn-" + i) with { ChannelId = channel };
            var replies = Json(await BotClient.SendAsync(first, activity));
            Assert.Equal(replies, Json(await BotClient.SendAsync(retries, activity)));
            sent.Add((activity, replies));
        }

        // Late retries, newest first, after the conversation has moved on: the same bytes, and nothing moves.
        foreach (var (activity, replies) in Enumerable.Reverse(sent))
        {
            Assert.Equal(replies, Json(await BotClient.SendAsync(retries, activity)));
        }

        // The conversation is where the first tries left it: its next turn answers as in one never retried.
        var next = BotClient.Message(conversation, texts[^1], id: "again") with { ChannelId = channel };
        var fresh = Json(await BotClient.SendAsync(first, next));
        var controlConversation = channel + "-" + Guid.NewGuid().ToString("N");
        var control = "";
        foreach (var (text, i) in texts.Append(texts[^1]).Select((t, i) => (t, i)))
        {
            control = Json(await BotClient.SendAsync(first, BotClient.Message(controlConversation, text, id: i == texts.Length ? "again" : "c-" + i) with { ChannelId = channel }));
        }

        Assert.Equal(Strip(control, controlConversation), Strip(fresh, conversation));
    }

    private static string Strip(string json, string conversation)
        => System.Text.RegularExpressions.Regex.Replace(json.Replace(conversation, "CONV", StringComparison.Ordinal), "\"timestamp\":\"[^\"]*\"", "");

    private static string Json(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(BotClient.Serialize));

    private static string Texts(IEnumerable<Activity> replies) => FailSafeReply.Text(replies);

    private BotFactory RedisInstance() => new BotFactory()
        .With("Bot:StateKey", SharedKey)
        .With("Bot:Redis:Configuration", _redis.Configuration);
}
