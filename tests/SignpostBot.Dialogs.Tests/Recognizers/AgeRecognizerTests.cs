using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Recognizers;

public sealed class AgeRecognizerTests
{
    // The English words of dialogs/understanding/en.yaml (rules.ageWords and rules.childWords), as the bot reads them.
    private static readonly AgeRecognizer Recognizer = new(English.AgeWords, English.ChildWords);

    private static SignpostBot.Dialogs.Understanding.UnderstandingExamples English => TestContent.Dialogs.Understanding.Single(u => u.Language == "en");

    [Theory]
    [InlineData("im 13 my step dad sells me", 13, true)]
    [InlineData("im 15 who can i talk to", 15, true)]
    [InlineData("I'm fifteen", 15, true)]
    [InlineData("she is 13yo", 13, true)]
    [InlineData("my sister is 16 years old", 16, true)]
    [InlineData("I am 24 and they took my passport", 24, false)]
    [InlineData("i am ١٤", 14, true)]
    public void Finds_an_age(string message, int age, bool under18)
    {
        var found = Recognizer.Find(message);

        Assert.NotNull(found);
        Assert.Equal(age, found.Age);
        Assert.Equal(under18, found.Under18);
    }

    [Theory]
    [InlineData("I am a child and scared")]
    [InlineData("im in year 9")]
    [InlineData("he is underage")]
    public void Finds_a_child_without_an_age(string message)
    {
        var found = Recognizer.Find(message);

        Assert.NotNull(found);
        Assert.Null(found.Age);
        Assert.True(found.Under18);
    }

    [Theory]
    [InlineData("im 20 minutes from the station")]
    [InlineData("I work 14 hours a day")]
    [InlineData("they want 3000 pounds")]
    [InlineData("I'm in year 2024 of this hell")]
    [InlineData("hello")]
    public void Finds_nothing_in_numbers_that_are_not_ages(string message) => Assert.Null(Recognizer.Find(message));

    [Theory]
    [InlineData("Em 14 tuổi và em cần giúp đỡ", 14)]
    [InlineData("tuoi 16", 16)]
    public void AWordWithoutItsNumberPlace_CountsOnEitherSideOfANumber(string message, int age)
    {
        var recognizer = new AgeRecognizer(["tuoi"], []);

        Assert.Equal(age, recognizer.Find(message)?.Age);
    }

    [Fact]
    public void AWordWithoutItsNumberPlace_AloneIsNoAge() => Assert.Null(new AgeRecognizer(["tuoi"], []).Find("bao nhieu tuoi"));
}
