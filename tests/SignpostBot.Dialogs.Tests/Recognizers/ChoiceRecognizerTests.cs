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
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, WhoIsAsking, MatchMode.Answer, Words)?.Value);
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
        var match = ChoiceRecognizer.Recognize(text, WhoIsAsking, MatchMode.Answer, Words);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Index);
        Assert.Equal(WhoIsAsking[expected].Value, match.Value);
    }

    [Fact]
    public void Recognize_PositionInTheLocaleLanguage_ReturnsThatIndex()
    {
        Assert.Equal(1, ChoiceRecognizer.Recognize("la deuxième", WhoIsAsking, MatchMode.Answer, Words, "fr-FR")?.Index);
    }

    [Fact]
    public void Recognize_ExactMatch_ScoresOne()
    {
        Assert.Equal(1.0, ChoiceRecognizer.Recognize("social worker", WhoIsAsking, MatchMode.Answer, Words)!.Score);
    }

    [Fact]
    public void Recognize_Typo_ScoresLessThanExactButAboveZero()
    {
        var score = ChoiceRecognizer.Recognize("profesional", WhoIsAsking, MatchMode.Answer, Words)!.Score;

        Assert.InRange(score, 0.5, 0.99);
    }

    [Fact]
    public void Recognize_WordsBetweenSynonymTokens_ScoresLessThanAdjacent()
    {
        var adjacent = ChoiceRecognizer.Recognize("a police officer here", WhoIsAsking, MatchMode.Answer, Words)!.Score;
        var apart = ChoiceRecognizer.Recognize("a police community officer", WhoIsAsking, MatchMode.Answer, Words)!.Score;

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
        Assert.Null(ChoiceRecognizer.Recognize(text, WhoIsAsking, MatchMode.Answer, Words));
    }

    [Fact]
    public void Recognize_SameTitleForTwoValues_ReturnsNull()
    {
        IReadOnlyList<ChoiceOption> choices = [new("a", "Help", []), new("b", "Help", [])];

        Assert.Null(ChoiceRecognizer.Recognize("help", choices, MatchMode.Answer, Words));
    }

    [Fact]
    public void Recognize_SameValueTwice_IsNotAmbiguous()
    {
        IReadOnlyList<ChoiceOption> choices = [new("uk", "United Kingdom", []), new("uk", "Britain", ["United Kingdom"]), new("ie", "Ireland", [])];

        var match = ChoiceRecognizer.Recognize("united kingdom", choices, MatchMode.Answer, Words);

        Assert.Equal("uk", match?.Value);
        Assert.Equal(0, match?.Index);
    }

    [Fact]
    public void Recognize_TextMatchAndOrdinal_TextWins()
    {
        IReadOnlyList<ChoiceOption> choices = [new("police", "Police", []), new("aid", "First aid", [])];

        Assert.Equal("aid", ChoiceRecognizer.Recognize("first aid", choices, MatchMode.Answer, Words)?.Value);
        Assert.Equal("police", ChoiceRecognizer.Recognize("first", choices, MatchMode.Answer, Words)?.Value);
    }

    [Theory]
    [InlineData("Hi, I'm a social worker and I think a child is being exploited", "professional")]
    [InlineData("I am worried about someone else, a girl next door", "someone_else")]
    [InlineData("I'm a proffesional working with children", "professional")]   // typo in a long word
    public void Recognize_FindInFreeText_ReturnsThatOption(string text, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, WhoIsAsking, MatchMode.Find, Words)?.Value);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("the second one")]
    [InlineData("last")]
    [InlineData("I have 2 kids")]
    public void Recognize_FindMode_IgnoresNumbersAndOrdinals(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, WhoIsAsking, MatchMode.Find, Words));
    }

    [Fact]
    public void Recognize_TypoInAFiveLetterWord_OnlyInAnswerMode()
    {
        IReadOnlyList<ChoiceOption> choices = [new("child", "A child", []), new("adult", "An adult", [])];

        Assert.Equal("child", ChoiceRecognizer.Recognize("chlid", choices, MatchMode.Answer, Words)?.Value);
        Assert.Null(ChoiceRecognizer.Recognize("it is about a chlid", choices, MatchMode.Find, Words));
        Assert.Equal("child", ChoiceRecognizer.Recognize("it is about a child", choices, MatchMode.Find, Words)?.Value);
    }

    [Fact]
    public void Recognize_ListChangedAfterFirstUse_SeesTheNewOptions()
    {
        var choices = new List<ChoiceOption> { new("a", "Apples", []), new("b", "Pears", []) };
        Assert.Equal("b", ChoiceRecognizer.Recognize("pears", choices, MatchMode.Answer, Words)?.Value);

        choices[1] = new ChoiceOption("c", "Plums", []);

        Assert.Null(ChoiceRecognizer.Recognize("pears", choices, MatchMode.Answer, Words));
        Assert.Equal("c", ChoiceRecognizer.Recognize("plums", choices, MatchMode.Answer, Words)?.Value);
    }

    [Fact]
    public void Recognize_NoChoices_ReturnsNull()
    {
        Assert.Null(ChoiceRecognizer.Recognize("2", [], MatchMode.Answer, Words));
    }
}
