using SignpostBot.Testing;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Tests.Recognizers;

public sealed class ConfirmRecognizerTests
{
    private static readonly RecognizerWords Words = TestContent.Dialogs.Words;

    [Theory]
    [InlineData("yes", null)]
    [InlineData("Yes!", null)]
    [InlineData("YES", null)]
    [InlineData("yeah", null)]
    [InlineData("sure", null)]
    [InlineData("ok", null)]
    [InlineData("y", null)]
    [InlineData("yes, I'm safe", null)]
    [InlineData("👍", null)]
    [InlineData("👍🏽", null)]
    [InlineData("sí", null)]              // Spanish
    [InlineData("si", "es-ES")]
    [InlineData("oui", null)]             // French
    [InlineData("d’accord", "fr")]
    [InlineData("ja", "de-DE")]           // German
    [InlineData("ja", null)]
    [InlineData("sim", null)]             // Portuguese
    [InlineData("sì", "it")]              // Italian
    [InlineData("certo", null)]
    [InlineData("va bene", null)]
    [InlineData("jazeker", null)]         // Dutch
    [InlineData("ja", "nl")]
    [InlineData("evet", null)]            // Turkish
    [InlineData("tamam", "tr")]
    [InlineData("نعم", null)]             // Arabic
    [InlineData("是的", null)]            // Chinese
    [InlineData("好的", "zh-CN")]
    [InlineData("はい", null)]            // Japanese
    [InlineData("हाँ", null)]             // Hindi
    [InlineData("हां", "hi-IN")]
    [InlineData("ja", "sv-SE")]           // Swedish
    [InlineData("javisst", null)]
    [InlineData("да", null)]              // Bulgarian
    [InlineData("добре", "bg")]
    public void Recognize_Yes_ReturnsTrue(string text, string? locale)
    {
        Assert.True(ConfirmRecognizer.Recognize(text, Words, locale));
    }

    [Theory]
    [InlineData("no", null)]
    [InlineData("No.", null)]
    [InlineData("nope", null)]
    [InlineData("not ok", null)]
    [InlineData("no, I'm not safe", null)]
    [InlineData("n", null)]
    [InlineData("👎", null)]
    [InlineData("no", "es")]              // Spanish
    [InlineData("non", null)]             // French
    [InlineData("nein", null)]            // German
    [InlineData("nicht einverstanden", "de")]
    [InlineData("não", null)]             // Portuguese
    [InlineData("nao", "pt-BR")]
    [InlineData("non va bene", "it")]     // Italian
    [InlineData("nee", null)]             // Dutch
    [InlineData("hayır", null)]           // Turkish
    [InlineData("hayir", null)]
    [InlineData("doğru değil", "tr")]
    [InlineData("لا", null)]              // Arabic
    [InlineData("不是", null)]            // Chinese
    [InlineData("いいえ", null)]          // Japanese
    [InlineData("नहीं", null)]            // Hindi
    [InlineData("nej", null)]             // Swedish
    [InlineData("absolut inte", "sv")]
    [InlineData("не", null)]              // Bulgarian
    [InlineData("не е вярно", "bg")]
    public void Recognize_No_ReturnsFalse(string text, string? locale)
    {
        Assert.False(ConfirmRecognizer.Recognize(text, Words, locale));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("yes no")]
    [InlineData("no yes")]
    [InlineData("👍👎")]
    [InlineData("not sure")]
    [InlineData("I'm not sure")]
    [InlineData("I don't know")]
    [InlineData("it's not safe")]         // not the Spanish "s" of "it's"
    [InlineData("they took my passport")]
    [InlineData("")]
    [InlineData("   ")]
    public void Recognize_NeitherOrBoth_ReturnsNull(string text)
    {
        Assert.Null(ConfirmRecognizer.Recognize(text, Words));
    }

    [Fact]
    public void Recognize_WordWhoseMeaningDependsOnLanguage_TriesTheLocaleFirst()
    {
        // "y" is English yes, but Turkish "y(anlış)" no.
        Assert.True(ConfirmRecognizer.Recognize("y", Words));
        Assert.True(ConfirmRecognizer.Recognize("y", Words, "en-GB"));
        Assert.False(ConfirmRecognizer.Recognize("y", Words, "tr-TR"));
    }

    [Theory]
    [InlineData("xx-YY")]
    [InlineData("")]
    [InlineData("es_ES")]
    public void Recognize_UnknownOrOddLocale_StillRecognizes(string locale)
    {
        Assert.True(ConfirmRecognizer.Recognize("sí", Words, locale));
        Assert.False(ConfirmRecognizer.Recognize("no", Words, locale));
    }

    [Fact]
    public void Recognize_TenThousandCharacters_ReturnsNullWithoutException()
    {
        var text = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet 🙂 ", 400))[..10_000];

        var answer = ConfirmRecognizer.Recognize(text, Words);

        Assert.Null(answer);
    }

    [Fact]
    public void LanguageCodes_EveryLanguageOfThePackage_IsTried()
    {
        var inPackage = typeof(Microsoft.Recognizers.Definitions.English.ChoiceDefinitions).Assembly.GetTypes()
            .Count(t => t.Name == "ChoiceDefinitions");

        Assert.Equal(14, inPackage);
        Assert.Equal(inPackage, YesNoVocabulary.PackageLanguageCodes.Distinct().Count());
    }
}
