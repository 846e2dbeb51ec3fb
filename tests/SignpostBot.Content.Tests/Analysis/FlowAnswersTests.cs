using SignpostBot.Testing;
using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Analysis;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>The finite answers each kind of question can get, and when a signpost shows a number.</summary>
public sealed class FlowAnswersTests
{
    private static readonly DialogSet Content = TestContent.Dialogs;

    [Fact]
    public void For_CountryQuestion_ButtonsListedUnlistedAnotherCountryAndFallback()
    {
        var country = Content.Find("victim")!.Steps.OfType<CountryPromptStep>().Single();

        var answers = FlowAnswers.For(country, Content);

        Assert.Contains(answers, a => a is { Value: "GB", Turns: 1 });
        Assert.Contains(answers, a => a is { Value: FlowAnswers.ListedCountry, Turns: 1 });
        Assert.Contains(answers, a => a is { Value: FlowAnswers.UnlistedCountry, Turns: 2 });
        Assert.Contains(answers, a => a is { NotUnderstood: true, Turns: 2, Value: "unknown" });
    }

    [Fact]
    public void For_YesNoQuestion_YesNoAndTheFallbackAfterMaxAttempts()
    {
        var danger = Content.Find("victim")!.Steps.OfType<ConfirmPromptStep>().Single();

        Assert.Equal(["yes/1", "no/1", "yes/2*"], FlowAnswers.For(danger, Content).Select(a => $"{a.Value}/{a.Turns}{(a.NotUnderstood ? "*" : string.Empty)}"));
    }

    [Theory]
    [InlineData(FlowAnswers.ListedCountry, true)]
    [InlineData(FlowAnswers.UnlistedCountry, true)]
    [InlineData("RO", true)]
    public void ShowsNumber_CountryHotlinesSignpost_ForEveryKindOfCountry(string country, bool expected)
    {
        var signpost = Content.Find("victim")!.Steps.OfType<SignpostStep>().Single(s => s.Signpost.CountryHotlines).Signpost with { Emergency = false };

        Assert.Equal(expected, FlowAnswers.ShowsNumber(signpost, Slots.Empty.With(SlotName.Country, country), Content, out var failing));
        Assert.Empty(failing);
    }

    [Fact]
    public void ShowsNumber_GuidanceOnly_False()
    {
        Assert.False(FlowAnswers.ShowsNumber(new Signpost { GuidanceTopics = ["child"] }, Slots.Empty, Content, out _));
    }
}
