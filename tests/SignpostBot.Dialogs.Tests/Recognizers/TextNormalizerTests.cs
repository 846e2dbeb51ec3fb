using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Tests.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Romania", "romania")]
    [InlineData("România", "romania")]
    [InlineData("Łódź", "lodz")]
    [InlineData("  Hello,   WORLD!!  ", "hello world")]
    [InlineData("I’m a professional!", "i m a professional")]
    [InlineData("Déjà-vu", "deja vu")]
    [InlineData("أريد أن أنتحر", "اريد ان انتحر")]
    [InlineData("مساعدة", "مساعده")]
    [InlineData("میکنی", "ميكني")]
    [InlineData("کمک", "كمك")]
    [InlineData("Straße", "strasse")]
    [InlineData("København", "kobenhavn")]
    [InlineData("Česká republika", "ceska republika")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Hayır", "hayir")]
    [InlineData("ΚΎΠΡΟΣ", "κυπροσ")]
    [InlineData("Κύπρος", "κυπροσ")]
    [InlineData("БЪЛГАРИЯ", "българия")]
    [InlineData("مِصْر", "مصر")]
    [InlineData("\u200Fمصر\u200F", "مصر")]
    [InlineData("中国", "中国")]
    [InlineData("ではありません", "ではありません")]
    [InlineData("हाँ नहीं", "हाँ नहीं")]
    [InlineData("أول", "اول")]             // hamza on alif, left out in everyday typing
    [InlineData("إلى آخر", "الي اخر")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("٢", "2")]
    [InlineData("２番目", "2番目")]
    [InlineData("Help 👍🏽 me", "help me")]
    [InlineData("1️⃣", "1")]
    [InlineData("🆘 I need help", "i need help")]
    [InlineData("👍🆘", "")]
    [InlineData("", "")]
    [InlineData("   \t\n ", "")]
    public void Normalize_Text_ReturnsFoldedForm(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("România, Łódź!")]
    [InlineData("I’m a professional 👍")]
    [InlineData("Ελλάδα 中国 مصر हाँ")]
    public void Normalize_NormalizedText_IsUnchanged(string text)
    {
        var once = TextNormalizer.Normalize(text);

        Assert.Equal(once, TextNormalizer.Normalize(once));
    }

    [Fact]
    public void Normalize_AlreadyNormalized_ReturnsTheSameInstance()
    {
        var text = "already normal 42";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_TenThousandCharacters_CollapsesSpaces()
    {
        var text = string.Concat(Enumerable.Repeat("Ça va?  👍 Привет, мир! ", 500));

        var normalized = TextNormalizer.Normalize(text);

        Assert.True(text.Length >= 10_000);
        Assert.StartsWith("ca va привет мир ca va", normalized, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.Normalize(null!));
    }

    [Theory]
    [InlineData("i m a professional", new[] { "i", "m", "a", "professional" })]
    [InlineData("one", new[] { "one" })]
    [InlineData("", new string[0])]
    public void Tokenize_NormalizedText_SplitsOnSpaces(string normalized, string[] expected)
    {
        Assert.Equal(expected, TextNormalizer.Tokenize(normalized));
    }

    [Theory]
    [InlineData("khong", "không", true)]          // a bare letter matches with or without its accents
    [InlineData("khong", "KHONG", true)]
    [InlineData("khong", "kho\u0302ng", true)]    // combining circumflex
    [InlineData("có", "có", true)]
    [InlineData("có", "CÓ", true)]
    [InlineData("có", "co\u0301", true)]
    [InlineData("có", "co", false)]               // a letter written with its accent must be typed with it
    [InlineData("có", "cô", false)]
    [InlineData("de acord", "de-acord", true)]    // words apart by punctuation or spaces
    [InlineData("de acord", "de   acord", true)]
    [InlineData("п'ять", "п’ять", true)]
    [InlineData("اكيد", "أكيد", true)]
    [InlineData("نعم", "نَعَم", true)]              // Arabic short vowels
    [InlineData("እወ", "እወ", true)]
    public void Pattern_Phrase_FindsItAsTyped(string phrase, string typed, bool expected)
    {
        var regex = new System.Text.RegularExpressions.Regex("^(?:" + TextNormalizer.Pattern(phrase) + ")$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        Assert.Equal(expected, regex.IsMatch(typed));
    }
}
