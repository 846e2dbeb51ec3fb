using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Tests.Abuse;

/// <summary>
/// A retried activity (the same id) gets exactly the first replies, byte for byte (texts, cards, buttons, timestamps),
/// and does not move the conversation on: straight after it, after later turns, after danger and "stop", in another
/// language, on Teams, in memory and with Redis.
/// </summary>
public sealed class ReplayExactTests : IAsyncLifetime
{
    private static readonly string SharedKey = Convert.ToBase64String(new byte[32]);
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

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

    private BotFactory RedisInstance() => new BotFactory()
        .With("Bot:StateKey", SharedKey)
        .With("Bot:Redis:Configuration", _redis.Configuration);
}
