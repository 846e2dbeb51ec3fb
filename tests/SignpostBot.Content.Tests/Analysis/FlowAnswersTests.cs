using SignpostBot.Content.Analysis;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>The answers tried at a waiting question: the rendered buttons, what can be typed instead, one not understood.</summary>
public sealed class FlowAnswersTests
{
    private static readonly DialogSet Content = TestContent.Dialogs;
    private static readonly FlowAnswers Answers = new(Content);

    [Fact]
    public void For_CountryQuestionFirstAsked_ButtonsEveryListedCountryOneUnlistedAndNotUnderstood()
    {
        var country = Content.Find("victim")!.Steps.OfType<CountryPromptStep>().Single();
        var asked = Asked("For me", "no");

        var answers = Answers.For(country, asked, firstAsked: true);

        Assert.Equal(["United Kingdom", "Another country"], answers.Take(2).Select(a => a.Text));
        Assert.Equal(Content.Knowledge.Countries.Select(c => c.Name), answers.Where(a => a.Label == "a listed country").Select(a => a.Text));
        var unlisted = Assert.Single(answers, a => a.Label == "a country with no list");
        Assert.DoesNotContain(unlisted.Text, Content.Knowledge.Countries.Select(c => c.Name));
        Assert.Equal(FlowAnswers.NotUnderstoodText, answers[^1].Text);
    }

    [Fact]
    public void For_QuestionAskedAgainWithoutASteprun_NoNotUnderstoodAnswer()
    {
        var country = Content.Find("victim")!.Steps.OfType<CountryPromptStep>().Single();

        var answers = Answers.For(country, Asked("For me", "no", "Another country"), firstAsked: false);

        Assert.DoesNotContain(answers, a => a.NotUnderstood);
        Assert.Contains(answers, a => a.Label == "a listed country");
    }

    [Fact]
    public void For_YesNoQuestion_TheRenderedButtonsThenNotUnderstood()
    {
        var danger = Content.Find("victim")!.Steps.OfType<ConfirmPromptStep>().Single();

        Assert.Equal(["Yes", "No", "not understood"], Answers.For(danger, Asked("For me"), firstAsked: true).Select(a => a.Label));
    }

    private static List<Activity> Asked(params string[] messages)
    {
        var bot = TestContent.NewBot();
        var result = bot.OnTurn(null, Message("hi"));
        foreach (var text in messages)
        {
            result = bot.OnTurn(result.State, Message(text));
        }

        return [.. result.Replies];
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, ChannelId = "test", Text = text, Conversation = new ConversationAccount { Id = "c" }, From = new ChannelAccount { Id = "u" }, Recipient = new ChannelAccount { Id = "b" } };
}
