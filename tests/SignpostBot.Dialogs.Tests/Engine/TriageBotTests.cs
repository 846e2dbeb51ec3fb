using SignpostBot.Testing;
using System.Text.Json;
using SignpostBot.Dialogs.Engine;
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

    [Fact]
    public void OnTurn_StateFromAnOlderFlow_Throws_SoTheHostCanFailSafe()
    {
        var stale = DialogState.Empty with { Stack = [new DialogFrame("retired-dialog", 0)] };

        Assert.Throws<InvalidOperationException>(() => _bot.OnTurn(stale, Message("hello")));
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
