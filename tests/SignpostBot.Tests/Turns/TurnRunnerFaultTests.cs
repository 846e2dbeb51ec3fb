using Microsoft.Extensions.DependencyInjection;
using SignpostBot.Dialogs.State;
using SignpostBot.State;

namespace SignpostBot.Tests.Turns;

/// <summary>
/// Each fault a turn can meet — Redis down, Redis slow, a corrupt state entry, a step that throws — still gives
/// the person the emergency number and the Modern Slavery Helpline, restarts the conversation cleanly, and
/// shows as a degraded part in /healthz.
/// </summary>
public sealed class TurnRunnerFaultTests : IAsyncLifetime
{
    private static readonly string SharedKey = Convert.ToBase64String(new byte[32]);

    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    [Fact]
    public async Task Turn_RedisDown_GivesFailSafeAndHealthSaysStateDegraded_ThenRecovers()
    {
        using var host = RedisHost();
        using var client = host.CreateClient();
        await BotClient.SendAsync(client, BotClient.Message("down-1", "hi"));

        _redis.Kill();
        var replies = await BotClient.SendAsync(client, BotClient.Message("down-1", "For me"));

        FailSafeReply.AssertGiven(replies);
        var health = await HealthClient.GetAsync(client);
        Assert.Equal(200, health.HttpStatus);
        Assert.Equal("Degraded", health.Status);
        Assert.Equal("Degraded", health.StatusOf("state"));
        Assert.Equal("Degraded", health.StatusOf("turns"));
        Assert.Contains("StateStoreUnavailable", health.Parts["turns"].Description, StringComparison.Ordinal);

        await _redis.RestartAsync();
        Assert.True(await LocalProcess.WaitUntilAsync(async () => (await HealthClient.GetAsync(client)).StatusOf("state") == "Healthy", TimeSpan.FromSeconds(30)));
        var fresh = await BotClient.SendAsync(client, BotClient.Message("down-1", "hello"));
        Assert.Contains("Who are you looking for help for?", FailSafeReply.Text(fresh), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turn_RedisSlowerThanTheTimeBox_GivesFailSafeAndForgetsTheConversation()
    {
        using var host = RedisHost();
        using var client = host.CreateClient();
        await BotClient.SendAsync(client, BotClient.Message("slow-1", "hi"));
        var key = Keys(host).KeyFor("test", "slow-1");
        Assert.True(await _redis.Database.KeyExistsAsync(key));

        await _redis.Server.ExecuteAsync("CLIENT", "PAUSE", "3000", "ALL");
        var replies = await BotClient.SendAsync(client, BotClient.Message("slow-1", "For me"));

        FailSafeReply.AssertGiven(replies);
        Assert.Equal("Degraded", (await HealthClient.GetAsync(client)).StatusOf("turns"));
        // Once Redis answers again, the clean-up the fault started has removed the old state.
        Assert.True(await LocalProcess.WaitUntilAsync(async () => !await _redis.Database.KeyExistsAsync(key), TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Turn_CorruptStateEntry_GivesFailSafeAndStartsAfresh()
    {
        using var host = RedisHost();
        using var client = host.CreateClient();
        await BotClient.SendAsync(client, BotClient.Message("corrupt-1", "hi"));
        var key = Keys(host).KeyFor("test", "corrupt-1");
        await _redis.Database.StringSetAsync(key, "{\"stack\":[{\"dialogId\":");

        var replies = await BotClient.SendAsync(client, BotClient.Message("corrupt-1", "For me"));

        FailSafeReply.AssertGiven(replies);
        Assert.False(await _redis.Database.KeyExistsAsync(key));
        var health = await HealthClient.GetAsync(client);
        Assert.Equal("Degraded", health.StatusOf("turns"));
        Assert.Contains("CorruptState", health.Parts["turns"].Description, StringComparison.Ordinal);
        Assert.Equal("Healthy", health.StatusOf("state"));
        var fresh = await BotClient.SendAsync(client, BotClient.Message("corrupt-1", "hello"));
        Assert.Contains("Who are you looking for help for?", FailSafeReply.Text(fresh), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turn_StepThrows_GivesFailSafeAndStartsAfresh()
    {
        // State naming a dialog the content no longer has (as after a content change) makes the step throw.
        using var host = new BotFactory();
        using var client = host.CreateClient();
        var store = host.Services.GetRequiredService<IConversationStateStore>();
        var key = Keys(host).KeyFor("test", "throw-1");
        await store.SetAsync(key, new DialogState { Stack = [new DialogFrame("a-dialog-since-removed", 0)], Greeted = true }, CancellationToken.None);

        var replies = await BotClient.SendAsync(client, BotClient.Message("throw-1", "For me"));

        FailSafeReply.AssertGiven(replies);
        Assert.Null(await store.GetAsync(key, CancellationToken.None));
        var health = await HealthClient.GetAsync(client);
        Assert.Equal("Degraded", health.StatusOf("turns"));
        Assert.Contains("TurnFailed", health.Parts["turns"].Description, StringComparison.Ordinal);
        var fresh = await BotClient.SendAsync(client, BotClient.Message("throw-1", "hello"));
        Assert.Contains("Who are you looking for help for?", FailSafeReply.Text(fresh), StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private static ConversationKeyHasher Keys(BotFactory host) => host.Services.GetRequiredService<ConversationKeyHasher>();

    private BotFactory RedisHost() => new BotFactory()
        .With("Bot:StateKey", SharedKey)
        .With("Bot:Redis:Configuration", _redis.Configuration)
        .With("Bot:Redis:Timeout", "00:00:01");
}
