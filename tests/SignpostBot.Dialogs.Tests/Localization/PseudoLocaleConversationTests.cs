using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;
using SignpostBot.Testing;
using SignpostBot.Testing.Conversations;

namespace SignpostBot.Dialogs.Tests.Localization;

/// <summary>
/// The localisation seam end to end: every script of tests/conversations played in English and in the pseudo-locale
/// side by side. Every reply's text changes (nothing a person reads bypasses the seam) and every number stays the same.
/// </summary>
public sealed class PseudoLocaleConversationTests
{
    private static readonly Lazy<TriageBot> Bot = new(() => new TriageBot(PseudoLocale.With(TestContent.Dialogs), ChannelRenderers.Standard));

    // The language-* scripts are about choosing among the offered languages, which this bot (English and the
    // pseudo-locale) does not have.
    public static TheoryData<string> Scripts { get; } = new(ConversationScript.Files.Where(f => !f.StartsWith("language-", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_InThePseudoLocale_ChangesEveryTextAndNoNumber(string file)
    {
        var script = ConversationScript.LoadFile(file);
        DialogState? english = null;
        DialogState? other = null;

        await LanguageComparison.RunAsync(
            script,
            activity => Task.FromResult(Turn(ref english, activity, language: null)),
            // The conversation's language switched, as a language picker will: the activities stay the script's own.
            activity => Task.FromResult(Turn(ref other, activity, PseudoLocale.Language)));
    }

    [Fact]
    public void Language_FromTheFirstActivitysLocale_StaysForTheConversation()
    {
        var start = TestActivities.Message(null) with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [TestActivities.User], Locale = PseudoLocale.Locale };

        var welcome = Bot.Value.OnTurn(null, start);
        var next = Bot.Value.OnTurn(welcome.State, TestActivities.Message("For me") with { Locale = "en-GB" });

        Assert.Equal("qps-Ploc", welcome.State!.Language);
        Assert.StartsWith("[", next.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal("qps-Ploc", next.State!.Language);
    }

    [Fact]
    public void Language_TappedButtonInThePseudoLocale_IsUnderstood()
    {
        var state = DialogState.Empty with { Language = PseudoLocale.Language };
        var asked = Bot.Value.OnTurn(state, TestActivities.Message("hi"));
        var tapped = asked.Replies[^1].SuggestedActions!.Actions[0];

        var answered = Bot.Value.OnTurn(asked.State, TestActivities.Message(tapped.Value));

        Assert.StartsWith("[", tapped.Title, StringComparison.Ordinal);
        Assert.Equal("victim", answered.State!.Slots.Role);
    }

    private static TurnReplies Turn(ref DialogState? state, Activity activity, string? language)
    {
        var result = Bot.Value.OnTurn(state ?? DialogState.Empty with { Language = language }, activity);
        state = result.State;
        return new TurnReplies(result.Replies, result.State is null);
    }
}
