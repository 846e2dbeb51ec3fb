using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Recognizers;

public sealed class PlaceRecognizerTests
{
    private static readonly CountryName[] Known =
    [
        new("GB", "United Kingdom", ["UK", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"]),
        new("PL", "Poland", ["Polska"]),
        new("PT", "Portugal", []),
        new("RO", "Romania", ["România", "Roumanie"]),
        new("DE", "Germany", ["Deutschland"]),
    ];

    private static readonly PlaceRecognizer Recognizer = new(Known, TestContent.Dialogs.Words, new CountryRecognizer(Known, TestContent.Dialogs.Words));

    [Theory]
    [InlineData("I'm in Birmingham and my boss keeps my passport", "GB", CountryMentionSource.City)]
    [InlineData("Poland", "PL", CountryMentionSource.CountryName)]
    [InlineData("im in leeds", "GB", CountryMentionSource.City)]
    [InlineData("we live near Köln now", "DE", CountryMentionSource.City)]
    [InlineData("I'm from Vietnam but I work in Manchester", "GB", CountryMentionSource.City)]
    [InlineData("calling from Poland, my brother is missing", "PL", CountryMentionSource.CountryName)]
    [InlineData("they brought me to the UK", "GB", CountryMentionSource.CountryName)]
    [InlineData("im in newcastle upon tyne", "GB", CountryMentionSource.City)]
    public void Finds_where_the_writer_is(string message, string code, CountryMentionSource source)
    {
        var found = Recognizer.Find(message).Location;

        Assert.NotNull(found);
        Assert.Equal(code, found.Code);
        Assert.Equal(source, found.Source);
    }

    [Theory]
    [InlineData("I am from Romania", "RO")]
    [InlineData("I'm Romanian and they keep my papers", "RO")]
    [InlineData("born in Poland", "PL")]
    public void An_origin_is_not_where_the_writer_is(string message, string origin)
    {
        var found = Recognizer.Find(message);

        Assert.Null(found.Location);
        Assert.Equal(origin, found.Origin?.Code);
    }

    [Theory]
    [InlineData("I was reading about modern slavery")]
    [InlineData("that's nice of you")]
    [InlineData("we split the money")]
    [InlineData("my boss keeps my passport")]
    public void Town_names_that_are_words_need_a_cue(string message) => Assert.Null(Recognizer.Find(message).Location);

    // Alone, as the whole message (a first message, or the answer to "Which country are you in?"), such a town is still a
    // word, and a small town is too little to go on: read as a country, either would show another country's lines.
    [Theory]
    [InlineData("orange")]
    [InlineData("nice")]
    [InlineData("reading")]
    [InlineData("Bath")]
    [InlineData("Bathgate")]
    public void A_town_needing_a_cue_is_no_place_alone(string message) => Assert.Null(Recognizer.Find(message).Location);

    [Theory]
    [InlineData("Leeds")]
    [InlineData("birmingham")]
    public void A_big_town_alone_is_its_country(string message)
        => Assert.Equal(new CountryMention("GB", CountryMentionSource.City, message.ToLowerInvariant()), Recognizer.Find(message).Location);

    [Fact]
    public void Reading_after_in_is_the_town() => Assert.Equal("GB", Recognizer.Find("I'm in Reading").Location?.Code);

    [Fact]
    public void East_London_is_not_South_Africa() => Assert.Equal("GB", Recognizer.Find("I live in east London").Location?.Code);
}
