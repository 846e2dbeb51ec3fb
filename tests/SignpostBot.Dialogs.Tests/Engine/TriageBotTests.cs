using SignpostBot.Testing;
using System.Text.Json;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;
using SignpostBot.Testing.Conversations;

namespace SignpostBot.Dialogs.Tests.Engine;

public sealed class TriageBotTests
{
    private readonly TriageBot _bot = TestContent.NewBot();

    [Fact]
    public void OnTurn_UserJoins_WelcomesOnceAndAsksWhoNeedsHelp()
    {
        var first = _bot.OnTurn(null, Joined());
        var second = _bot.OnTurn(first.State, Joined());

        Assert.Equal(DialogTurnStatus.Waiting, first.Status);
        Assert.Contains("Who are you looking for help for?", first.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Empty(second.Replies);
    }

    [Fact]
    public void OnTurn_WithATimestamp_StampsEveryReply()
    {
        var now = new DateTimeOffset(2026, 11, 29, 9, 30, 0, TimeSpan.Zero);

        var stamped = _bot.OnTurn(null, Message("hi"), now);
        var unstamped = _bot.OnTurn(null, Message("hi"));

        Assert.True(stamped.Replies.Count > 1);
        Assert.All(stamped.Replies, reply => Assert.Equal(now, reply.Timestamp));
        Assert.All(unstamped.Replies, reply => Assert.Null(reply.Timestamp));
    }

    [Fact]
    public void OnTurn_OnlyTheBotJoins_SaysNothing()
    {
        var result = _bot.OnTurn(null, Joined() with { MembersAdded = [TestActivities.Bot] });

        Assert.Empty(result.Replies);
        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public void OnTurn_EndOfConversation_ForgetsTheState()
    {
        var started = _bot.OnTurn(null, Message("hi"));

        var ended = _bot.OnTurn(started.State, Message("hi") with { Type = ActivityTypes.EndOfConversation, Text = null });

        Assert.Null(ended.State);
        Assert.Equal(DialogTurnStatus.Cancelled, ended.Status);
    }

    [Fact]
    public void OnTurn_Typing_ChangesNothing()
    {
        var started = _bot.OnTurn(null, Message("hi"));

        var typing = _bot.OnTurn(started.State, Message("x") with { Type = ActivityTypes.Typing });

        Assert.Empty(typing.Replies);
        Assert.Same(started.State, typing.State);
    }

    [Fact]
    public void OnTurn_CardButtonValueWithoutText_IsReadAsTheAnswer()
    {
        var started = _bot.OnTurn(null, Message("hi"));

        var answered = _bot.OnTurn(started.State, Message("x") with { Text = null, Value = JsonSerializer.SerializeToElement("For me", SchemaJsonContext.Default.String) });

        Assert.Contains("Are you in danger right now?", answered.Replies[^1].Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, DialogState> StatesThisContentCannotContinue { get; } = new()
    {
        { "a dialog since removed", DialogState.Empty with { Stack = [new DialogFrame("retired-dialog", "ask")] } },
        { "a step since removed", DialogState.Empty with { Stack = [new DialogFrame("victim", "retired-step"), new DialogFrame("main", "victim")] } },
        { "a step that no longer asks", DialogState.Empty with { Stack = [new DialogFrame("victim", "hotlines"), new DialogFrame("main", "victim")] } },
        { "a parent that no longer begins it", DialogState.Empty with { Stack = [new DialogFrame("victim", "danger"), new DialogFrame("main", "public")] } },
        { "the older state version", DialogState.Empty with { Version = 1, Stack = [new DialogFrame("victim", "danger"), new DialogFrame("main", "victim")] } },
    };

    [Theory]
    [MemberData(nameof(StatesThisContentCannotContinue))]
    public void OnTurn_SavedStateThisContentCannotContinue_FailSafeAndAFreshStart(string why, DialogState stale)
    {
        var result = _bot.OnTurn(stale, Message("no"));

        Assert.True(ConversationRunner.CallLinks(result.Replies).Contains("tel:999"), why);
        Assert.Null(result.State);
        Assert.Contains("Who are you looking for help for?", _bot.OnTurn(result.State, Message("hello")).Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTurn_ReleaseInsertsAStepBeforeTheWaitingQuestion_TheConversationStaysOnItsQuestion()
    {
        // The waiting question is saved by its id: a step added before it in a later release does not move the person.
        var waiting = _bot.OnTurn(_bot.OnTurn(null, Message("hi")).State, Message("For me")).State!;
        Assert.Equal(new DialogFrame("victim", "danger"), waiting.Stack[0]);
        var victim = TestContent.Dialogs.Find("victim")!;
        var inserted = victim with { Steps = [new SayStep("new-note", [], victim.Location, "A new note.", FirstTimeOnly: false), .. victim.Steps] };
        var released = new TriageBot(new DialogSet([.. TestContent.Dialogs.Dialogs.Select(d => d.Id == "victim" ? inserted : d)], TestContent.Dialogs.Global, TestContent.Knowledge), ChannelRenderers.Standard);

        var next = released.OnTurn(waiting, Message("no"));

        Assert.Contains("Which country are you in now?", next.Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FailSafe_GivesTheEmergencyNumberFirstThenTheHelplineAndForgets()
    {
        var result = _bot.FailSafe(Message("anything"));

        var calls = ConversationRunner.CallLinks(result.Replies);
        // Nothing is known of the person: 112 first (999 is the UK's), then the UK's helpline headed as the UK's.
        Assert.Equal("tel:112", calls[0]);
        Assert.Contains("tel:+448000121700", calls);
        Assert.Contains("United Kingdom only", result.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Null(result.State);
    }

    [Fact]
    public void OnTurn_WaitingPrompt_StateSurvivesJsonRoundTrip()
    {
        var state = _bot.OnTurn(null, Message("hi")).State!;
        state = _bot.OnTurn(state, Message("For me")).State!;

        var json = JsonSerializer.Serialize(state, StateJsonContext.Default.DialogState);
        var restored = JsonSerializer.Deserialize(json, StateJsonContext.Default.DialogState)!;
        var next = _bot.OnTurn(restored, Message("no"));

        Assert.Contains("Which country are you in now?", next.Replies[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("For me", json, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryHotlineForVictimsOrChildren_IsShownByTheVictimFlowForItsCountry_WithItsVerifiedNumber()
    {
        foreach (var country in TestContent.Knowledge.Countries)
        {
            var replies = VictimIn(country.Name);
            var calls = ConversationRunner.CallLinks(replies);
            var text = string.Join("\n", replies.Select(r => r.Text));

            Assert.True(calls.Count > 0 && country.Emergency.Count > 0 && calls[0] == country.Emergency[0].TelUri, $"{country.Name}: the emergency number should come first.");
            // A seed line kept only for professionals (France's Ac.Sé: a surcharged referral network) is not offered to victims.
            foreach (var hotline in country.Hotlines.Where(h => h.IsFor("victim") || h.IsFor("child")))
            {
                Assert.True(text.Contains(hotline.Name, StringComparison.Ordinal), $"{country.Name}: {hotline.Id} is not shown.");
                Assert.All(hotline.Phones, phone => Assert.Contains(phone.TelUri, calls));
            }
        }
    }

    [Theory]
    [InlineData("he is coming to hit me")]
    [InlineData("I am in Bucharest, my boss beat me and he is coming to hurt me")]
    public void OnTurn_HelpFirstThenTheFlowsOwnSignpostInOneReply_ListsEachLineOnce(string message)
    {
        // After the Romanian help (or as a first message that names Bucharest), danger brings the help first and then
        // the flow's own signpost for the same country in the same reply: the lines must not be listed twice.
        var state = message.Contains("Bucharest", StringComparison.Ordinal) ? _bot.OnTurn(null, Message("hi")).State : null;
        if (state is null)
        {
            foreach (var text in new[] { "hi", "For me", "no", "Romania" })
            {
                state = _bot.OnTurn(state, Message(text)).State;
            }
        }

        var replies = _bot.OnTurn(state, Message(message)).Replies;

        var anitp = TestContent.Knowledge.FindCountry("RO")!.Hotlines[0].Phones[0].TelUri;
        Assert.Equal(1, replies.Count(r => ConversationRunner.CallLinks([r]).Contains(anitp)));
        Assert.Equal("tel:112", ConversationRunner.CallLinks([.. replies])[0]);
    }

    private List<Activity> VictimIn(string country)
    {
        DialogState? state = null;
        List<Activity> last = [];
        foreach (var text in new[] { "hi", "For me", "no", country })
        {
            var result = _bot.OnTurn(state, Message(text));
            state = result.State;
            last = [.. result.Replies];
        }

        return last;
    }

    private static Activity Message(string text) => TestActivities.Message(text);

    private static Activity Joined() => Message(string.Empty) with { Type = ActivityTypes.ConversationUpdate, Text = null, MembersAdded = [TestActivities.Bot, TestActivities.User] };
}
