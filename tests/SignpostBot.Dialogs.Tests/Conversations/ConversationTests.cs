using SignpostBot.Dialogs.State;
using SignpostBot.Testing;
using SignpostBot.Testing.Conversations;

namespace SignpostBot.Dialogs.Tests.Conversations;

/// <summary>Every script in tests/conversations, played through the turn function. None can be left out.</summary>
public sealed class ConversationTests
{
    public static TheoryData<string> Scripts { get; } = new(ConversationScript.Files);

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_PlayedThroughTheTurnFunction_GoesAsWritten(string file)
    {
        var script = ConversationScript.LoadFile(file);
        var bot = TestContent.NewBot();
        DialogState? state = null;

        await ConversationRunner.RunAsync(script, activity =>
        {
            var result = bot.OnTurn(state, activity);
            state = result.State;
            return Task.FromResult(new TurnReplies(result.Replies, result.State is null));
        });
    }

    [Fact]
    public void Scripts_CoverEveryDialog()
    {
        var texts = ConversationScript.Files.Select(file => File.ReadAllText(Path.Combine(RepositoryPaths.Conversations, file))).ToList();

        Assert.True(texts.Count >= 8, "Expected a script for each branch and interruption.");
        Assert.All(TestContent.Dialogs.Prompts.Select(p => p.Options.Prompt), prompt =>
            Assert.Contains(texts, t => t.Contains(prompt[..Math.Min(prompt.Length, 25)], StringComparison.Ordinal)));
    }
}
