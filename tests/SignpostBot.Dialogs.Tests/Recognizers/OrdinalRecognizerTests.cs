using SignpostBot.Testing;
using System.Reflection;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Tests.Recognizers;

public sealed class OrdinalRecognizerTests
{
    private static readonly RecognizerWords Words = TestContent.Dialogs.Words;

    [Theory]
    [InlineData("2", 1)]
    [InlineData("2.", 1)]
    [InlineData("(2)", 1)]
    [InlineData("#2", 1)]
    [InlineData("2nd", 1)]
    [InlineData("two", 1)]
    [InlineData("Two!", 1)]
    [InlineData("second", 1)]
    [InlineData("the second one", 1)]
    [InlineData("The 2nd one please", 1)]
    [InlineData("number two", 1)]
    [InlineData("option 2", 1)]
    [InlineData("2 please", 1)]
    [InlineData("1", 0)]
    [InlineData("1st", 0)]
    [InlineData("first", 0)]
    [InlineData("one", 0)]
    [InlineData("third", 2)]
    [InlineData("3rd", 2)]
    [InlineData("five", 4)]
    [InlineData("last", 4)]
    [InlineData("the last one", 4)]
    [InlineData("penultimate", 3)]
    [InlineData("the one before the last", 3)]
    [InlineData("second to last", 3)]
    [InlineData("last but one", 3)]
    [InlineData("٣", 2)]
    [InlineData("1️⃣", 0)]
    public void RecognizeIndex_EnglishAnswer_ReturnsZeroBasedIndex(string text, int expected)
    {
        Assert.Equal(expected, OrdinalRecognizer.RecognizeIndex(text, 5, Words));
    }

    [Theory]
    [InlineData("la deuxième", "fr-FR", 1)]
    [InlineData("deux", "fr", 1)]
    [InlineData("2e", "fr", 1)]
    [InlineData("le dernier", "fr", 4)]
    [InlineData("el segundo", "es-ES", 1)]
    [InlineData("dos", "es", 1)]
    [InlineData("la última", "es", 4)]
    [InlineData("penúltimo", "es", 3)]
    [InlineData("die zweite", "de-DE", 1)]
    [InlineData("zwei", "de", 1)]
    [InlineData("der letzte", "de", 4)]
    [InlineData("vorletzte", "de", 3)]
    [InlineData("il secondo", "it-IT", 1)]
    [InlineData("l'ultimo", "it", 4)]
    [InlineData("o segundo", "pt-BR", 1)]
    [InlineData("a última", "pt", 4)]
    [InlineData("de tweede", "nl-NL", 1)]
    [InlineData("de laatste", "nl", 4)]
    [InlineData("den andra", "sv-SE", 1)]
    [InlineData("två", "sv", 1)]
    [InlineData("sista", "sv", 4)]
    public void RecognizeIndex_OtherLanguage_ReturnsZeroBasedIndex(string text, string locale, int expected)
    {
        Assert.Equal(expected, OrdinalRecognizer.RecognizeIndex(text, 5, Words, locale));
    }

    [Theory]
    [InlineData("la deuxième", 1)]
    [InlineData("die zweite", 1)]
    [InlineData("tweede", 1)]
    [InlineData("último", 4)]
    public void RecognizeIndex_OtherLanguageWithoutLocale_StillRecognized(string text, int expected)
    {
        Assert.Equal(expected, OrdinalRecognizer.RecognizeIndex(text, 5, Words));
    }

    [Theory]
    [InlineData("I have 2 children")]
    [InlineData("I'm 15")]
    [InlineData("2 or 3")]
    [InlineData("two three")]
    [InlineData("the one")]
    [InlineData("that one")]
    [InlineData("no one")]
    [InlineData("next")]
    [InlineData("previous")]
    [InlineData("half")]
    [InlineData("a")]
    [InlineData("hello")]
    [InlineData("2.5")]
    [InlineData("")]
    [InlineData("👍")]
    public void RecognizeIndex_NotAPosition_ReturnsNull(string text)
    {
        Assert.Null(OrdinalRecognizer.RecognizeIndex(text, 20, Words));
    }

    [Theory]
    [InlineData("6", 5)]
    [InlineData("0", 5)]
    [InlineData("sixth", 5)]
    [InlineData("12345", 5)]
    [InlineData("penultimate", 1)]
    [InlineData("1", 0)]
    public void RecognizeIndex_OutOfRange_ReturnsNull(string text, int count)
    {
        Assert.Null(OrdinalRecognizer.RecognizeIndex(text, count, Words));
    }

    [Fact]
    public void RecognizeIndex_WordThatIsANumberOnlyInTheLocaleLanguage_NeedsThatLocale()
    {
        // Swedish "sex" is six; for anyone else it is not an answer by number.
        Assert.Null(OrdinalRecognizer.RecognizeIndex("sex", 7, Words));
        Assert.Null(OrdinalRecognizer.RecognizeIndex("sex", 7, Words, "en-GB"));
        Assert.Equal(5, OrdinalRecognizer.RecognizeIndex("sex", 7, Words, "sv-SE"));
    }

    [Fact]
    public void RecognizeIndex_LastOfTwo_IsIndexOne()
    {
        Assert.Equal(1, OrdinalRecognizer.RecognizeIndex("last", 2, Words));
        Assert.Equal(0, OrdinalRecognizer.RecognizeIndex("last", 1, Words));
    }

    [Fact]
    public void NumberVocabulary_EveryLanguageWithOrdinalMaps_IsCovered()
    {
        // The package's languages that have all the maps the recognizer reads, less Hindi and Turkish, which the bot does not speak.
        var withMaps = typeof(Microsoft.Recognizers.Definitions.English.NumbersDefinitions).Assembly.GetTypes()
            .Where(t => t.Name == "NumbersDefinitions")
            .Where(t => new[] { "OrdinalNumberMap", "CardinalNumberMap", "RelativeReferenceOffsetMap", "RelativeReferenceRelativeToMap" }
                .All(f => t.GetField(f, BindingFlags.Public | BindingFlags.Static) is not null))
            .Select(t => t.Namespace!.Split('.')[^1])
            .Except(["Hindi", "Turkish"])
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Arabic", "Dutch", "English", "French", "German", "Italian", "Portuguese", "Spanish", "Swedish"], withMaps);
        Assert.Equal(["en", "ar", "es", "fr", "de", "it", "pt", "nl", "sv"], NumberVocabulary.PackageLanguageCodes);
    }
}
