using SignpostBot.Testing;
using System.Text.Json;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Tests.Rendering;

/// <summary>Signpost cards are built from the content once and reused, each still the card of its own entry.</summary>
public sealed class HeroCardRendererTests
{
    private static readonly Activity Incoming = TestActivities.Message(null, "webchat");

    private static readonly Labels English = TestContent.Dialogs.Global.Labels;

    private readonly HeroCardRenderer _renderer = new();

    [Fact]
    public void Render_SameHotlineInTwoTurns_ReusesTheCardBuiltTheFirstTime()
    {
        var hotline = TestContent.Dialogs.Knowledge.Countries.SelectMany(c => c.Hotlines).First();

        var first = _renderer.Render(new SignpostReply(null, [new HotlineEntry(hotline)], English), Incoming, null);
        var second = _renderer.Render(new SignpostReply(null, [new HotlineEntry(hotline)], English), Incoming, null);

        Assert.Same(Assert.Single(first.Attachments!), Assert.Single(second.Attachments!));
    }

    [Fact]
    public void Render_SameHotlineWithAnotherLanguagesLabels_IsItsOwnCardInThoseWords()
    {
        var hotline = TestContent.Dialogs.Knowledge.Countries.SelectMany(c => c.Hotlines).First(h => h.Phones.Count > 0);
        var other = English with { Call = "Sunați la {number}" };

        var english = Card(_renderer.Render(new SignpostReply(null, [new HotlineEntry(hotline)], English), Incoming, null));
        var romanian = Card(_renderer.Render(new SignpostReply(null, [new HotlineEntry(hotline)], other), Incoming, null));

        Assert.Equal("Call " + hotline.Phones[0].Display, english.GetProperty("buttons")[0].GetProperty("title").GetString()?.Split(" (")[0]);
        Assert.Equal("Sunați la " + hotline.Phones[0].Display, romanian.GetProperty("buttons")[0].GetProperty("title").GetString()?.Split(" (")[0]);
    }

    [Fact]
    public void Render_SameHotlineUnderAHeading_IsItsOwnCardWithTheHeadingAsSubtitle()
    {
        var hotline = TestContent.Dialogs.Knowledge.Countries.SelectMany(c => c.Hotlines).First();

        var plain = Card(_renderer.Render(new SignpostReply(null, [new HotlineEntry(hotline)], English), Incoming, null));
        var headed = Card(_renderer.Render(new SignpostReply(null, [new HotlineEntry(hotline, "If you are under 18")], English), Incoming, null));

        Assert.False(plain.TryGetProperty("subtitle", out _));
        Assert.Equal("If you are under 18", headed.GetProperty("subtitle").GetString());
        Assert.Equal(hotline.Name, headed.GetProperty("title").GetString());
    }

    [Fact]
    public void Render_EmergencyNumbersOfTwoCountries_AreEachTheirOwnCard()
    {
        var withNumbers = TestContent.Dialogs.Knowledge.Countries.Where(c => c.Emergency.Count > 0).ToList();
        var countries = new[] { withNumbers[0], withNumbers.First(c => c.Emergency[0].TelUri != withNumbers[0].Emergency[0].TelUri) };

        var cards = countries.Select(c => Card(_renderer.Render(new SignpostReply(null, [new EmergencyEntry(c.Emergency, c.EmergencyNote)], English), Incoming, null))).ToList();

        Assert.Equal(countries[0].Emergency[0].TelUri, cards[0].GetProperty("buttons")[0].GetProperty("value").GetString());
        Assert.Equal(countries[1].Emergency[0].TelUri, cards[1].GetProperty("buttons")[0].GetProperty("value").GetString());
    }

    private static JsonElement Card(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(ContentTypes.HeroCard, attachment.ContentType);
        return attachment.Content!.Value;
    }
}
