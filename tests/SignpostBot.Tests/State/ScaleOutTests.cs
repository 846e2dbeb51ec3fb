namespace SignpostBot.Tests.State;

/// <summary>Two bot instances sharing one Redis and one state key carry a conversation between them.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private static readonly string SharedKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    [Fact]
    public async Task VictimPath_TurnsAlternateBetweenTwoInstances_ContinuesToTheHotline()
    {
        using var first = Instance();
        using var second = Instance();
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        const string conversation = "scale-out-1";

        var welcome = await BotClient.SendAsync(a, BotClient.Message(conversation, "hi"));
        var danger = await BotClient.SendAsync(b, BotClient.Message(conversation, "For me"));
        var country = await BotClient.SendAsync(a, BotClient.Message(conversation, "no"));
        var hotline = await BotClient.SendAsync(b, BotClient.Message(conversation, "Romania"));

        Assert.Contains("Who are you looking for help for?", FailSafeReply.Text(welcome), StringComparison.Ordinal);
        Assert.Contains("Are you in danger right now?", FailSafeReply.Text(danger), StringComparison.Ordinal);
        Assert.Contains("Which country are you in now?", FailSafeReply.Text(country), StringComparison.Ordinal);
        Assert.Contains("0800 800 678", FailSafeReply.Text(hotline), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turn_OnEitherInstance_StoresOnlyHashedKeysWithATimeToLive()
    {
        using var first = Instance();
        using var second = Instance();
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        await BotClient.SendAsync(a, BotClient.Message("scale-out-canary-conversation", "hi"));
        await BotClient.SendAsync(b, BotClient.Message("scale-out-canary-conversation", "For me"));

        var keys = _redis.Server.Keys(pattern: "*").Select(k => (string)k!).ToList();
        // One state entry, one turn ledger entry per turn (the replies only), and no lock left behind.
        Assert.Single(keys, k => k.StartsWith("conv:", StringComparison.Ordinal));
        Assert.Equal(2, keys.Count(k => k.StartsWith("turn:", StringComparison.Ordinal)));
        Assert.Equal(3, keys.Count);
        foreach (var key in keys)
        {
            Assert.DoesNotContain("canary", key, StringComparison.OrdinalIgnoreCase);
            var value = (string)(await _redis.Database.StringGetAsync(key))!;
            Assert.DoesNotContain("canary", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("user-1", value, StringComparison.Ordinal);
            Assert.DoesNotContain("bot-1", value, StringComparison.Ordinal);
            Assert.DoesNotContain("127.0.0.1", value, StringComparison.Ordinal);
            Assert.NotNull(await _redis.Database.KeyTimeToLiveAsync(key));
        }
    }

    [Fact]
    public async Task Stop_OnTheOtherInstance_ForgetsTheConversationForBoth()
    {
        using var first = Instance();
        using var second = Instance();
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        await BotClient.SendAsync(a, BotClient.Message("scale-out-stop", "hi"));
        Assert.NotEmpty(_redis.Server.Keys(pattern: "*"));

        await BotClient.SendAsync(b, BotClient.Message("scale-out-stop", "stop"));

        // Only the turn ledger's entries stay, for their short window: what the bot said, nothing of the person.
        Assert.All(_redis.Server.Keys(pattern: "*"), key => Assert.StartsWith("turn:", (string)key!, StringComparison.Ordinal));
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private BotFactory Instance() => new BotFactory()
        .With("Bot:StateKey", SharedKey)
        .With("Bot:Redis:Configuration", _redis.Configuration);
}
