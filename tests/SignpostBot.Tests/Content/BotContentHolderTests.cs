using SignpostBot.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Content;

/// <summary>The classifier trained after start-up replaces the untrained built-in bot, never a blob version served meanwhile.</summary>
public sealed class BotContentHolderTests
{
    private static TriageBot Untrained() => new(TestContent.Dialogs, ChannelRenderers.Standard);

    [Fact]
    public void UseTrained_WhileServingTheBuiltInCopy_ServesTheTrainedBotAndSaysSo()
    {
        var holder = new BotContentHolder(Untrained(), TimeProvider.System);
        var trained = TestContent.NewBot();
        Assert.False(holder.Understanding.IsCompleted);

        holder.UseTrained(trained);

        Assert.True(holder.Understanding.IsCompletedSuccessfully);
        Assert.Same(trained, holder.Current.Bot);
        Assert.Same(trained, holder.BuiltIn.Bot);
        Assert.Equal(BotContent.BuiltInSource, holder.Current.Source);
    }

    [Fact]
    public void UseTrained_AfterABlobVersionWasSwappedIn_KeepsServingTheBlobVersion()
    {
        var holder = new BotContentHolder(Untrained(), TimeProvider.System);
        var blob = new BotContent(TestContent.NewBot(), BotContent.BlobSource, "v2", DateTimeOffset.UnixEpoch);
        holder.Swap(blob);

        holder.UseTrained(TestContent.NewBot());

        Assert.Same(blob, holder.Current);
        Assert.NotNull(holder.BuiltIn.Bot.Classifier);
    }

    [Fact]
    public void ATrainedBuiltInBot_IsUnderstoodAtOnce()
        => Assert.True(new BotContentHolder(TestContent.NewBot(), TimeProvider.System).Understanding.IsCompletedSuccessfully);
}
