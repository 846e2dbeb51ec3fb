using Microsoft.Extensions.DependencyInjection;
using SignpostBot.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Abuse;

/// <summary>
/// A retry is answered by running the turn function again from where the first try started. The content is part of
/// that function: when another version is swapped in between the two tries (the classifier trained after start-up,
/// a blob version), the retry must still get the first try's replies, not the new content's answer to a state the
/// new content never moved on from.
/// </summary>
public sealed class ReplayAcrossContentSwapTests
{
    private const string Message = "the man keeps my documents";

    [Fact]
    public async Task ARetryAfterTheContentChanged_GetsTheFirstRepliesAgain()
    {
        using var host = new BotFactory();
        using var client = host.CreateClient();
        var holder = host.Services.GetRequiredService<BotContentHolder>();
        await BotClient.SendAsync(client, BotClient.Message("swap-1", "hi"));
        var message = BotClient.Message("swap-1", Message, id: "retried");
        var first = await BotClient.SendAsync(client, message);

        holder.Swap(new BotContent(new TriageBot(TestContent.Dialogs, ChannelRenderers.Standard), BotContent.BlobSource, "v2", DateTimeOffset.UnixEpoch));
        var retry = await BotClient.SendAsync(client, message);

        // The test means something only when the new content answers the message otherwise.
        await BotClient.SendAsync(client, BotClient.Message("swap-2", "hi"));
        var fresh = await BotClient.SendAsync(client, BotClient.Message("swap-2", Message));
        Assert.NotEqual(Texts(first), Texts(fresh));
        Assert.Equal(Texts(first), Texts(retry));
    }

    private static string Texts(IEnumerable<Activity> replies) => FailSafeReply.Text(replies);
}
