using SignpostBot.Testing;
using SignpostBot.Testing.Conversations;

namespace SignpostBot.Tests.Conversations;

/// <summary>Every script in tests/conversations again, this time over POST /api/messages with expectReplies.</summary>
public sealed class HttpConversationTests(BotFactory factory) : IClassFixture<BotFactory>
{
    public static TheoryData<string> Scripts { get; } = new(ConversationScript.Files);

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_PlayedOverApiMessages_GoesAsWritten(string file)
    {
        var script = ConversationScript.LoadFile(file);
        using var client = factory.CreateClient();

        await ConversationRunner.RunAsync(script, async activity => new TurnReplies(await BotClient.SendAsync(client, activity), Ended: null));
    }
}
