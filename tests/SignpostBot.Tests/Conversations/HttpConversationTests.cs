using SignpostBot.Testing;
using SignpostBot.Testing.Conversations;

namespace SignpostBot.Tests.Conversations;

/// <summary>Every script in tests/conversations again, this time over POST /api/messages with expectReplies.</summary>
public sealed class HttpConversationTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private static readonly string[] ScriptFiles = Directory.GetFiles(RepositoryPaths.Conversations, "*.yaml")
        .Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Scripts { get; } = new(ScriptFiles);

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_PlayedOverApiMessages_GoesAsWritten(string file)
    {
        var script = ConversationScript.Load(Path.Combine(RepositoryPaths.Conversations, file));
        using var client = factory.CreateClient();

        await ConversationRunner.RunAsync(script, async activity => new TurnReplies(await BotClient.SendAsync(client, activity), Ended: null));
    }
}
