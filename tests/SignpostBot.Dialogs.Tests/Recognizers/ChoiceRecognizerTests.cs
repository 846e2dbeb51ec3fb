using SignpostBot.Testing;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly RecognizerWords Words = TestContent.Dialogs.Words;

    private static readonly IReadOnlyList<ChoiceOption> WhoIsAsking =
    [
        new("victim", "🆘 I need help for myself", ["myself", "victim"]),
        new("someone_else", "I'm worried about someone else", ["someone else", "worried"]),
        new("professional", "I'm a professional", ["social worker", "police officer", "teacher"]),
    ];

    [Theory]
    [InlineData("I'm a professional", "professional")]            // exact title
    [InlineData("I’m a professional!", "professional")]           // curly apostrophe, punctuation
    [InlineData("I'M A PROFESSIONAL", "professional")]            // case
    [InlineData("Im a professional", "professional")]
    [InlineData("🆘 I need help for myself", "victim")]          // title with an emoji
    [InlineData("I need help for myself", "victim")]
    [InlineData("social worker", "professional")]                 // synonym
    [InlineData("I'm a social worker", "professional")]
    [InlineData("someone_else", "someone_else")]                  // the value
    [InlineData("someone else", "someone_else")]
    [InlineData("I'm worried about someone else's child", "someone_else")]
    [InlineData("profesional", "professional")]                   // typo
    [InlineData("I'm a proffesional", "professional")]
    [InlineData("tecaher", "professional")]                       // transposition in a 7-letter word
    public void Recognize_AnswerByText_ReturnsThatOption(string text, string expected)
    {
        Assert.Equal(expected, new ChoiceRecognizer(WhoIsAsking, Words).Recognize(text, MatchMode.Answer)?.Value);
    }

    [Theory]
    [InlineData("2", 1)]
    [InlineData("two", 1)]
    [InlineData("the second one", 1)]
    [InlineData("2nd", 1)]
    [InlineData("option 2", 1)]
    [InlineData("1", 0)]
    [InlineData("first", 0)]
    [InlineData("last", 2)]
    [InlineData("the last one", 2)]
    public void Recognize_AnswerByPosition_ReturnsThatIndex(string text, int expected)
    {
        var match = new ChoiceRecognizer(WhoIsAsking, Words).Recognize(text, MatchMode.Answer);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Index);
        Assert.Equal(WhoIsAsking[expected].Value, match.Value);
    }

    [Fact]
    public void Recognize_PositionInTheLocaleLanguage_ReturnsThatIndex()
    {
        Assert.Equal(1, new ChoiceRecognizer(WhoIsAsking, Words).Recognize("la deuxième", MatchMode.Answer, "fr-FR")?.Index);
    }

    [Fact]
    public void Recognize_ExactMatch_ScoresOne()
    {
        Assert.Equal(1.0, new ChoiceRecognizer(WhoIsAsking, Words).Recognize("social worker", MatchMode.Answer)!.Score);
    }

    [Fact]
    public void Recognize_Typo_ScoresLessThanExactButAboveZero()
    {
        var score = new ChoiceRecognizer(WhoIsAsking, Words).Recognize("profesional", MatchMode.Answer)!.Score;

        Assert.InRange(score, 0.5, 0.99);
    }

    [Fact]
    public void Recognize_WordsBetweenSynonymTokens_ScoresLessThanAdjacent()
    {
        var adjacent = new ChoiceRecognizer(WhoIsAsking, Words).Recognize("a police officer here", MatchMode.Answer)!.Score;
        var apart = new ChoiceRecognizer(WhoIsAsking, Words).Recognize("a police community officer", MatchMode.Answer)!.Score;

        Assert.True(apart < adjacent, $"{apart} vs {adjacent}");
    }

    [Theory]
    [InlineData("I'm a victim and a professional")]   // two values equally
    [InlineData("4")]                                  // out of range
    [InlineData("fifth")]
    [InlineData("someone")]                            // only part of "someone else"
    [InlineData("police")]
    [InlineData("I have 2 children")]                  // a number inside a sentence
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("👍")]
    public void Recognize_NoSingleOption_ReturnsNull(string text)
    {
        Assert.Null(new ChoiceRecognizer(WhoIsAsking, Words).Recognize(text, MatchMode.Answer));
    }

    [Fact]
    public void Recognize_SameTitleForTwoValues_ReturnsNull()
    {
        IReadOnlyList<ChoiceOption> choices = [new("a", "Help", []), new("b", "Help", [])];

        Assert.Null(new ChoiceRecognizer(choices, Words).Recognize("help", MatchMode.Answer));
    }

    [Fact]
    public void Recognize_SameValueTwice_IsNotAmbiguous()
    {
        IReadOnlyList<ChoiceOption> choices = [new("uk", "United Kingdom", []), new("uk", "Britain", ["United Kingdom"]), new("ie", "Ireland", [])];

        var match = new ChoiceRecognizer(choices, Words).Recognize("united kingdom", MatchMode.Answer);

        Assert.Equal("uk", match?.Value);
        Assert.Equal(0, match?.Index);
    }

    [Fact]
    public void Recognize_TextMatchAndOrdinal_TextWins()
    {
        IReadOnlyList<ChoiceOption> choices = [new("police", "Police", []), new("aid", "First aid", [])];

        Assert.Equal("aid", new ChoiceRecognizer(choices, Words).Recognize("first aid", MatchMode.Answer)?.Value);
        Assert.Equal("police", new ChoiceRecognizer(choices, Words).Recognize("first", MatchMode.Answer)?.Value);
    }

    [Theory]
    [InlineData("Hi, I'm a social worker and I think a child is being exploited", "professional")]
    [InlineData("I am worried about someone else, a girl next door", "someone_else")]
    [InlineData("I'm a proffesional working with children", "professional")]   // typo in a long word
    public void Recognize_FindInFreeText_ReturnsThatOption(string text, string expected)
    {
        Assert.Equal(expected, new ChoiceRecognizer(WhoIsAsking, Words).Recognize(text, MatchMode.Find)?.Value);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("the second one")]
    [InlineData("last")]
    [InlineData("I have 2 kids")]
    public void Recognize_FindMode_IgnoresNumbersAndOrdinals(string text)
    {
        Assert.Null(new ChoiceRecognizer(WhoIsAsking, Words).Recognize(text, MatchMode.Find));
    }

    [Fact]
    public void Recognize_TypoInAFiveLetterWord_OnlyInAnswerMode()
    {
        IReadOnlyList<ChoiceOption> choices = [new("child", "A child", []), new("adult", "An adult", [])];

        Assert.Equal("child", new ChoiceRecognizer(choices, Words).Recognize("chlid", MatchMode.Answer)?.Value);
        Assert.Null(new ChoiceRecognizer(choices, Words).Recognize("it is about a chlid", MatchMode.Find));
        Assert.Equal("child", new ChoiceRecognizer(choices, Words).Recognize("it is about a child", MatchMode.Find)?.Value);
    }

    [Fact]
    public void Recognize_ListChangedAfterTheRecognizerWasMade_KeepsTheOptionsItWasMadeWith()
    {
        var choices = new List<ChoiceOption> { new("a", "Apples", []), new("b", "Pears", []) };
        var recognizer = new ChoiceRecognizer(choices, Words);

        choices[1] = new ChoiceOption("c", "Plums", []);

        Assert.Equal("b", recognizer.Recognize("pears", MatchMode.Answer)?.Value);
        Assert.Null(recognizer.Recognize("plums", MatchMode.Answer));
        Assert.Equal("c", new ChoiceRecognizer(choices, Words).Recognize("plums", MatchMode.Answer)?.Value);
    }

    [Fact]
    public void Recognize_NoChoices_ReturnsNull()
    {
        Assert.Null(new ChoiceRecognizer([], Words).Recognize("2", MatchMode.Answer));
    }
}
