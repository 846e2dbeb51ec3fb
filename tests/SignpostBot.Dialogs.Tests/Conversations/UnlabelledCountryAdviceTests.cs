using SignpostBot.Content.Analysis;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;
using SignpostBot.Testing;
using SignpostBot.Testing.Conversations;

namespace SignpostBot.Dialogs.Tests.Conversations;

/// <summary>
/// The prover's rule "where the country is not GB, no UK-only advice unlabelled", as a predicate over rendered replies
/// and the conversation's country: it finds the mistake, passes the labelled forms, and holds on every turn of every
/// conversation script.
/// </summary>
public sealed class UnlabelledCountryAdviceTests
{
    private static readonly UnlabelledCountryAdvice Check = UnlabelledCountryAdvice.For(TestContent.Dialogs, "GB");

    public static TheoryData<string> Scripts { get; } = new(ConversationScript.Files);

    [Theory]
    [InlineData("Modern Slavery & Exploitation Helpline: 08000 121 700. Free, confidential helpline.", "RO")]
    [InlineData("If you are in immediate danger, call 999.", "unknown")]
    [InlineData("In an emergency, call 999 or 112. If you cannot speak, press 55 when asked.", null)]
    public void Find_UkAdviceWithoutTheUk_IsFound(string text, string? country)
    {
        var found = Check.Find([Reply(text)], country);

        Assert.Single(found);
    }

    [Theory]
    [InlineData("United Kingdom only\nModern Slavery & Exploitation Helpline: 08000 121 700.", "RO")]
    [InlineData("If you are in immediate danger, call 112 (999 in the UK).", "unknown")]
    [InlineData("In an emergency, call 112 or 999 (in the UK).", null)]
    [InlineData("In an emergency, call 999 or 112. If you cannot speak, press 55 when asked.", "GB")]
    [InlineData("European child helpline number 116 111: 116 111.\n\nNational line: +381 800 101 201.", "RS")]
    public void Find_LabelledOrAtHome_FindsNothing(string text, string? country)
    {
        Assert.Empty(Check.Find([Reply(text)], country));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task EveryTurnOfEveryScript_GivesNoUkAdviceUnlabelledOutsideTheUk(string file)
    {
        var script = ConversationScript.LoadFile(file);
        var bot = TestContent.NewBot();
        DialogState? state = null;
        var problems = new List<string>();

        try
        {
            await ConversationRunner.RunAsync(script, activity =>
            {
                var result = bot.OnTurn(state, activity);
                // A turn that ends the conversation ("stop") still answers for the country given before it.
                var country = result.State?.Slots.Country ?? state?.Slots.Country;
                problems.AddRange(Check.Find(result.Replies, country).Select(p => $"{country ?? "no country"}: '{p.Marker}' in \"{p.Paragraph}\""));
                state = result.State;
                return Task.FromResult(new TurnReplies(result.Replies, result.State is null));
            });
        }
        finally
        {
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    private static Activity Reply(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
