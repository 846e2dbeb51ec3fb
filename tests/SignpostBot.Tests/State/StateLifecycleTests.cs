using Microsoft.Extensions.DependencyInjection;
using SignpostBot.State;

namespace SignpostBot.Tests.State;

/// <summary>What the host keeps between turns, and when it forgets.</summary>
public sealed class StateLifecycleTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Turn_WaitingPrompt_KeepsStateUnderTheHashedKeyOnly()
    {
        using var client = factory.CreateClient();
        await BotClient.SendAsync(client, BotClient.Message("conv-keep", "hi"));

        var state = await Store.GetAsync(Keys.KeyFor("test", "conv-keep"), CancellationToken.None);

        Assert.NotNull(state);
        Assert.Null(await Store.GetAsync("conv-keep", CancellationToken.None));
    }

    [Fact]
    public async Task Stop_DeletesTheConversationsState()
    {
        using var client = factory.CreateClient();
        await BotClient.SendAsync(client, BotClient.Message("conv-stop", "hi"));

        await BotClient.SendAsync(client, BotClient.Message("conv-stop", "stop"));

        Assert.Null(await Store.GetAsync(Keys.KeyFor("test", "conv-stop"), CancellationToken.None));
    }

    [Fact]
    public async Task EndOfConversation_DeletesTheConversationsState()
    {
        using var client = factory.CreateClient();
        await BotClient.SendAsync(client, BotClient.Message("conv-end", "hi"));

        await BotClient.SendAsync(client, BotClient.Message("conv-end", "ignored") with { Type = "endOfConversation", Text = null });

        Assert.Null(await Store.GetAsync(Keys.KeyFor("test", "conv-end"), CancellationToken.None));
    }

    [Fact]
    public async Task Turn_StateIsTiny()
    {
        using var client = factory.CreateClient();
        foreach (var text in new[] { "hi", "For me", "no" })
        {
            await BotClient.SendAsync(client, BotClient.Message("conv-size", text));
        }

        var state = await Store.GetAsync(Keys.KeyFor("test", "conv-size"), CancellationToken.None);
        var json = System.Text.Json.JsonSerializer.Serialize(state!, SignpostBot.Dialogs.State.StateJsonContext.Default.DialogState);

        Assert.InRange(json.Length, 10, 1024);
    }

    private IConversationStateStore Store => factory.Services.GetRequiredService<IConversationStateStore>();

    private ConversationKeyHasher Keys => factory.Services.GetRequiredService<ConversationKeyHasher>();
}
