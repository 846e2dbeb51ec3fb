using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignpostBot.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Health;
using SignpostBot.Testing;

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
    public async Task Healthz_FreshBot_SaysTheClassifierIsInUse()
    {
        using var client = factory.CreateClient();

        var health = await HealthClient.GetAsync(client);

        using var body = JsonDocument.Parse(health.Json);
        Assert.Equal(KnowledgeHealthCheck.ClassifierInUse, body.RootElement.GetProperty("checks").GetProperty("knowledge").GetProperty("data").GetProperty("classifier").GetString());
    }

    [Fact]
    public async Task KnowledgeCheck_BeforeAndAfterTheClassifierIsInUse_SaysStartingThenInUseAndStaysHealthy()
    {
        var holder = new BotContentHolder(new TriageBot(TestContent.Dialogs, ChannelRenderers.Standard), TimeProvider.System);
        var check = new KnowledgeHealthCheck(holder);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        holder.UseTrained(TestContent.NewBot());
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Healthy, KnowledgeHealthCheck.ClassifierStarting), (before.Status, before.Data["classifier"]));
        Assert.Equal((HealthStatus.Healthy, KnowledgeHealthCheck.ClassifierInUse), (after.Status, after.Data["classifier"]));
    }

    [Fact]
    public void Start_RedisWithoutASharedStateKey_RefusesToStart()
    {
        using var host = new BotFactory().With("Bot:Redis:Configuration", "127.0.0.1:1");

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Bot:StateKey", ex.GetBaseException().Message, StringComparison.Ordinal);
    }
}
