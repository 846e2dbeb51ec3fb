using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Recognizers;

/// <summary>
/// Yes, no, "1", "first" and a number word in every language the bot speaks: from Microsoft.Recognizers.Definitions
/// where it has the language (en ar bg es pt), from dialogs/language/ where it does not (sq ti vi ro pl fa uk ru).
/// </summary>
public sealed class LanguageAnswerTests
{
    private static readonly RecognizerWords Words = TestContent.Dialogs.Words;

    private static readonly IReadOnlyList<ChoiceOption> ThreeOptions =
    [
        new("victim", "I need help for myself", []),
        new("someone_else", "I'm worried about someone else", []),
        new("professional", "I'm a professional", []),
    ];

    public static TheoryData<string, string, string> YesAndNo => new()
    {
        { "en", "yes", "no" },
        { "sq", "po", "jo" },
        { "ar", "نعم", "لا" },
        { "ti", "እወ", "ኣይፋል" },
        { "vi", "vâng", "không" },
        { "ro", "da", "nu" },
        { "pl", "tak", "nie" },
        { "fa", "بله", "نه" },
        { "uk", "так", "ні" },
        { "ru", "да", "нет" },
        { "bg", "да", "не" },
        { "es", "sí", "no" },
        { "pt", "sim", "não" },
    };

    // The first item as a word, and the third as a cardinal or ordinal word.
    public static TheoryData<string, string, string> FirstAndThird => new()
    {
        { "en", "first", "three" },
        { "sq", "i pari", "e treta" },
        { "ar", "الأول", "ثلاثة" },
        { "ti", "ቀዳማይ", "ሰለስተ" },
        { "vi", "thứ nhất", "ba" },
        { "ro", "primul", "a treia" },
        { "pl", "pierwszy", "trzy" },
        { "fa", "اول", "سوم" },
        { "uk", "перший", "три" },
        { "ru", "первый", "третий" },
        { "bg", "първи", "три" },
        { "es", "primero", "tres" },
        { "pt", "primeiro", "três" },
    };

    [Theory]
    [MemberData(nameof(YesAndNo))]
    public void Confirm_YesAndNoOfTheLanguage_ConfirmAndDeny(string language, string yes, string no)
    {
        Assert.True(ConfirmRecognizer.Recognize(yes, Words, language));
        Assert.False(ConfirmRecognizer.Recognize(no, Words, language));
    }

    [Theory]
    [MemberData(nameof(YesAndNo))]
    public void Confirm_YesAndNoWithoutALocale_ConfirmAndDeny(string language, string yes, string no)
    {
        _ = language;
        Assert.True(ConfirmRecognizer.Recognize(yes, Words));
        Assert.False(ConfirmRecognizer.Recognize(no, Words));
    }

    [Theory]
    [MemberData(nameof(FirstAndThird))]
    public void Choice_OneOrFirstWord_PicksTheFirstChoice(string language, string first, string third)
    {
        _ = third;
        var recognizer = new ChoiceRecognizer(ThreeOptions, Words);

        Assert.Equal("victim", recognizer.Recognize("1", MatchMode.Answer, language)?.Value);
        Assert.Equal("victim", recognizer.Recognize(first, MatchMode.Answer, language)?.Value);
    }

    [Theory]
    [MemberData(nameof(FirstAndThird))]
    public void Choice_NumberWord_PicksThatChoice(string language, string first, string third)
    {
        _ = first;
        var recognizer = new ChoiceRecognizer(ThreeOptions, Words);

        Assert.Equal("professional", recognizer.Recognize(third, MatchMode.Answer, language)?.Value);
        Assert.Equal("professional", recognizer.Recognize(third, MatchMode.Answer)?.Value);
    }

    [Fact]
    public void Vocabularies_EverySupportedLanguage_HasYesNoAndNumberWords()
    {
        var languages = TestContent.Dialogs.Languages.Select(l => NumberVocabulary.LanguageCode(l.Language)!).ToList();

        Assert.NotEmpty(languages);
        Assert.All(languages, code =>
        {
            Assert.Contains(code, Words.YesNo.LanguageCodes);
            Assert.Contains(code, Words.Numbers.LanguageCodes);
        });
    }

    [Theory]
    [InlineData("khong", "vi", false)]          // a bare letter in the file's "không" is typed bare
    [InlineData("KHÔNG", "vi", false)]
    [InlineData("kho\u0302ng", "vi", false)]    // combining circumflex
    [InlineData("dạ", "vi", true)]
    [InlineData("Da!", "ro", true)]
    [InlineData("nu, mulțumesc", "ro", false)]
    [InlineData("Так", "uk", true)]
    [InlineData("tak", "uk", true)]
    [InlineData("na pewno", "pl", true)]
    [InlineData("ايوه", "ar", true)]          // dialect yes the package lacks
    [InlineData("aywa", null, true)]          // Arabizi
    [InlineData("la2", "ar", false)]
    [InlineData("آره", "fa", true)]
    [InlineData("نخیر", "fa", false)]
    [InlineData("ewe", "ti", true)]
    public void Confirm_EverydayWritingOfTheFiles_IsRead(string text, string? locale, bool expected)
    {
        Assert.Equal(expected, ConfirmRecognizer.Recognize(text, Words, locale));
    }

    [Theory]
    [InlineData("co", "pl")]          // Polish "what": "có" (Vietnamese yes) is written with its accent
    [InlineData("k", "en")]           // English texting "ok", never the Vietnamese "không"
    [InlineData("dar", "ro")]         // "da" is a whole word only
    [InlineData("nuevo", "ro")]       // nor "nu" the start of a word
    [InlineData("nu sunt sigur", "ro")] // "not sure" is neither
    public void Confirm_WordsThatOnlyLookLikeAnAnswer_AreNotRead(string text, string? locale)
    {
        Assert.Null(ConfirmRecognizer.Recognize(text, Words, locale));
    }

    [Theory]
    [InlineData("al doilea", "ro", 1)]
    [InlineData("varianta a doua", "ro", 1)]
    [InlineData("ultimul", "ro", 9)]
    [InlineData("penultima", "ro", 8)]
    [InlineData("последний", "ru", 9)]
    [InlineData("п'ять", "uk", 4)]
    [InlineData("e fundit", "sq", 9)]
    [InlineData("آخر", "fa", 9)]
    [InlineData("اول", "ar", 0)]           // the package's "أول", typed without its hamza
    [InlineData("الثانية", "ar", 1)]
    [InlineData("التاسعة", "ar", 8)]       // the package says 10
    [InlineData("الأخير", "ar", 9)]
    [InlineData("٢", "ar", 1)]
    [InlineData("۳", "fa", 2)]
    [InlineData("thứ hai", "vi", 1)]
    [InlineData("cuối cùng", "vi", 9)]
    [InlineData("ostatni", "pl", 9)]
    [InlineData("втората", "bg", 1)]
    public void Ordinal_WordsOfTheLanguage_PickThatItem(string text, string locale, int expected)
    {
        Assert.Equal(expected, OrdinalRecognizer.RecognizeIndex(text, 10, Words, locale));
    }

    [Theory]
    [InlineData("نصف", "ar")]             // half, a fraction in the package's ordinal map
    [InlineData("الحالية", "ar")]         // "the current one", which the package counts from the end
    [InlineData("ربع", "ar")]             // a quarter
    [InlineData("para mi", "es")]         // Albanian "para" (first) is left out: Spanish "for me"
    public void Ordinal_FractionsAndLookAlikes_AreNoPosition(string text, string locale)
    {
        Assert.Null(OrdinalRecognizer.RecognizeIndex(text, 5, Words, locale));
    }
}
