namespace SignpostBot.Tests.Health;

/// <summary>/healthz names each part a turn depends on, and a fresh bot is healthy in all of them.</summary>
public sealed class HealthzTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Healthz_FreshBot_EveryPartHealthy()
    {
        using var client = factory.CreateClient();

        var health = await HealthClient.GetAsync(client);

        Assert.Equal(200, health.HttpStatus);
        Assert.Equal("Healthy", health.Status);
        Assert.Equal(["knowledge", "state", "turns"], health.Parts.Keys.Order(StringComparer.Ordinal));
        Assert.All(health.Parts.Values, p => Assert.Equal("Healthy", p.Status));
    }

    [Fact]
    public void Start_RedisWithoutASharedStateKey_RefusesToStart()
    {
        using var host = new BotFactory().With("Bot:Redis:Configuration", "127.0.0.1:1");

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Bot:StateKey", ex.GetBaseException().Message, StringComparison.Ordinal);
    }
}
