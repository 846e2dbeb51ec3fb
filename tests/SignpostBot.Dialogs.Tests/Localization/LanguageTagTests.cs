using SignpostBot.Dialogs.Localization;

namespace SignpostBot.Dialogs.Tests.Localization;

public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("ro-RO", "ro-RO")]
    [InlineData("RO_ro", "ro-RO")]
    [InlineData(" en-gb ", "en-GB")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    [InlineData("sq", "sq")]
    [InlineData("en-Latn-GB-oxendict", "en-Latn-GB")]
    public void Normalize_LanguageTags_AreCasedAndKeptShort(string given, string expected)
    {
        Assert.Equal(expected, LanguageTag.Normalize(given));
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("zh-Hant-TW")]
    [InlineData("es-419")]
    public void Normalize_AlreadyNormalTag_IsTheSameInstance(string tag)
    {
        Assert.Same(tag, LanguageTag.Normalize(tag));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("r")]
    [InlineData("english")]
    [InlineData("ro-RO<script>")]
    [InlineData("12-RO")]
    [InlineData("ro--RO")]
    public void Normalize_NotALanguageTag_IsNull(string? given)
    {
        Assert.Null(LanguageTag.Normalize(given));
    }

    [Fact]
    public void Chain_RegionalTag_GoesToTheLanguageThenEnglish()
    {
        Assert.Equal(["ro-RO", "ro", "en"], LanguageTag.Chain("ro-RO"));
        Assert.Equal(["zh-Hant-TW", "zh-Hant", "zh", "en"], LanguageTag.Chain("zh-hant-tw"));
        Assert.Equal(["en-GB", "en"], LanguageTag.Chain("en-GB"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a tag")]
    public void Chain_NoLanguage_IsEnglish(string? given)
    {
        Assert.Equal(["en"], LanguageTag.Chain(given));
    }
}
