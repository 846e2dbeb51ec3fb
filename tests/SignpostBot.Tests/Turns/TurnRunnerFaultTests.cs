using Microsoft.Extensions.DependencyInjection;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;
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
        // The host's renderers come from DI: one that fails on the danger question makes that step's turn throw.
        using var host = new BotFactory().WithServices(s => s.AddSingleton<ChannelRendererFactory>(() => new ChannelRenderers(new FailingOnQuestion(new HeroCardRenderer(), "Are you in danger right now?"), new Dictionary<string, IReplyRenderer>())));
        using var client = host.CreateClient();
        var store = host.Services.GetRequiredService<IConversationStateStore>();
        var key = Keys(host).KeyFor("test", "throw-1");
        await BotClient.SendAsync(client, BotClient.Message("throw-1", "hi"));

        var replies = await BotClient.SendAsync(client, BotClient.Message("throw-1", "For me"));

        FailSafeReply.AssertGiven(replies);
        Assert.Null(await store.GetAsync(key, CancellationToken.None));
        var health = await HealthClient.GetAsync(client);
        Assert.Equal("Degraded", health.StatusOf("turns"));
        Assert.Contains("TurnFailed", health.Parts["turns"].Description, StringComparison.Ordinal);
        var fresh = await BotClient.SendAsync(client, BotClient.Message("throw-1", "hello"));
        Assert.Contains("Who are you looking for help for?", FailSafeReply.Text(fresh), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turn_StateFromBeforeARelease_GivesFailSafeAndStartsAfresh()
    {
        // A conversation saved at a step a release has since removed: the turn function itself answers with the
        // fail-safe and forgets it; nothing failed, so the turns stay healthy.
        using var host = new BotFactory();
        using var client = host.CreateClient();
        var store = host.Services.GetRequiredService<IConversationStateStore>();
        var key = Keys(host).KeyFor("test", "stale-1");
        await store.SetAsync(key, new DialogState { Stack = [new DialogFrame("victim", "a-step-since-removed"), new DialogFrame("main", "victim")], Greeted = true }, CancellationToken.None);

        var replies = await BotClient.SendAsync(client, BotClient.Message("stale-1", "no"));

        FailSafeReply.AssertGiven(replies);
        Assert.Null(await store.GetAsync(key, CancellationToken.None));
        Assert.Equal("Healthy", (await HealthClient.GetAsync(client)).StatusOf("turns"));
        var fresh = await BotClient.SendAsync(client, BotClient.Message("stale-1", "hello"));
        Assert.Contains("Who are you looking for help for?", FailSafeReply.Text(fresh), StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private static ConversationKeyHasher Keys(BotFactory host) => host.Services.GetRequiredService<ConversationKeyHasher>();

    private sealed class FailingOnQuestion(IReplyRenderer inner, string question) : IReplyRenderer
    {
        public Activity Render(Reply reply, Activity incoming, DateTimeOffset? timestamp)
            => reply is PromptReply { Text: var text } && text == question ? throw new InvalidOperationException("A planted rendering fault.") : inner.Render(reply, incoming, timestamp);
    }

    private BotFactory RedisHost() => new BotFactory()
        .With("Bot:StateKey", SharedKey)
        .With("Bot:Redis:Configuration", _redis.Configuration)
        .With("Bot:Redis:Timeout", "00:00:01");
}
