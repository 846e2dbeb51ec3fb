using SignpostBot.Testing;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Tests.Recognizers;

public sealed class CountryRecognizerTests
{
    // As the knowledge files give them (knowledge/countries.yaml).
    private static readonly CountryName[] Known =
    [
        new("AT", "Austria", ["Österreich", "Oesterreich"]),
        new("CZ", "Czech Republic", ["Czechia", "Česko", "Česká republika", "Cesko"]),
        new("DE", "Germany", ["Deutschland"]),
        new("ES", "Spain", ["España", "Espana"]),
        new("GB", "United Kingdom", ["UK", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"]),
        new("GR", "Greece", ["Ελλάδα", "Hellas", "Ellada"]),
        new("IE", "Ireland", ["Éire", "Eire", "Republic of Ireland"]),
        new("IS", "Iceland", ["Ísland", "Island"]),
        new("IT", "Italy", ["Italia"]),
        new("NO", "Norway", ["Norge", "Noreg"]),
        new("PL", "Poland", ["Polska"]),
        new("RO", "Romania", ["România", "Roumanie"]),
        new("ZA", "South Africa", ["RSA", "Suid-Afrika"]),
    ];

    private static readonly CountryRecognizer Recognizer = new(Known, TestContent.Dialogs.Words);

    [Theory]
    [InlineData("Romania", "RO")]
    [InlineData("ROMANIA", "RO")]
    [InlineData("România", "RO")]
    [InlineData("Romania!", "RO")]
    [InlineData("romnia", "RO")]                    // typo
    [InlineData("Polnad", "PL")]
    [InlineData("I'm in Romania", "RO")]
    [InlineData("in poland now", "PL")]
    [InlineData("Polska", "PL")]
    [InlineData("Österreich", "AT")]                // native name with diacritics
    [InlineData("Osterreich", "AT")]                // and without
    [InlineData("Česká republika", "CZ")]
    [InlineData("ceska republika", "CZ")]
    [InlineData("Czech Republic", "CZ")]            // multi-word names
    [InlineData("united kingdom", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("South Africa", "ZA")]
    [InlineData("UK", "GB")]                        // aliases from knowledge
    [InlineData("England", "GB")]
    [InlineData("I'm in the uk", "GB")]
    [InlineData("Northern Ireland", "GB")]          // not Ireland inside it
    [InlineData("Ireland", "IE")]
    [InlineData("Ελλάδα", "GR")]
    [InlineData("RO", "RO")]                        // ISO codes in capitals, the whole message
    [InlineData("PL", "PL")]
    [InlineData("ROU", "RO")]
    [InlineData("GB", "GB")]
    [InlineData("Mexico", "MX")]                    // not in knowledge: .NET's regions
    [InlineData("México", "MX")]
    [InlineData("mexco", "MX")]
    [InlineData("Deutschland", "DE")]
    [InlineData("I live in Equatorial Guinea", "GQ")]
    [InlineData("south sudan", "SS")]
    [InlineData("Україна", "UA")]
    [InlineData("مصر", "EG")]                       // right to left
    [InlineData("\u200Fأنا في مصر\u200F", "EG")]
    [InlineData("中国", "CN")]
    [InlineData("我在中国", "CN")]                  // no spaces in Chinese
    [InlineData("🇷🇴", "RO")]                       // a flag
    [InlineData("Italy 🇮🇹", "IT")]
    public void Recognize_AnswerNamingACountry_ReturnsItsCode(string text, string expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text, MatchMode.Answer)?.Code);
    }

    [Theory]
    [InlineData("no")]                              // lower-case codes are words
    [InlineData("in")]
    [InlineData("it")]
    [InlineData("ro")]
    [InlineData("pl")]
    [InlineData("NO")]                              // a shouted no, not Norway
    [InlineData("hello")]
    [InlineData("maybe")]
    [InlineData("")]
    [InlineData("👍🙂")]
    [InlineData("שלום")]
    [InlineData("I'm from Romania but now in Italy")]   // two countries equally
    [InlineData("🇷🇴🇮🇹")]
    [InlineData("Poland 🇮🇹")]
    public void Recognize_AnswerNamingNoSingleCountry_ReturnsNull(string text)
    {
        Assert.Null(Recognizer.Recognize(text, MatchMode.Answer));
    }

    [Theory]
    [InlineData("I'm in Italy and they took my passport", "IT")]
    [InlineData("they brought me to Germany last year", "DE")]
    [InlineData("we came from România by bus", "RO")]
    [InlineData("I am in Romnia now and scared", "RO")]   // typo in a word of 6 letters or more
    [InlineData("I'm from Jordan", "JO")]
    [InlineData("my friend is stuck in the United Kingdom", "GB")]
    public void Recognize_FindInFreeText_ReturnsItsCode(string text, string expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text, MatchMode.Find)?.Code);
    }

    [Theory]
    [InlineData("RO")]                               // no codes in free text
    [InlineData("IT")]
    [InlineData("I was in Itly")]                    // no typos in short words
    [InlineData("a Romanian man took my passport")]  // a nationality is not a place
    [InlineData("Jordan took my passport")]          // a name that is also a country
    [InlineData("I was kept on an island")]
    [InlineData("they took my passport")]
    public void Recognize_FindWithoutACountryName_ReturnsNull(string text)
    {
        Assert.Null(Recognizer.Recognize(text, MatchMode.Find));
    }

    [Fact]
    public void Recognize_WordsOfTheLanguageFiles_DecideWhatANameNeeds()
    {
        // "jordan" needs a cue word only because dialogs/language/en.yaml says so, and "Ivory Coast" is a name only
        // because it lists it: the language data is content, not code.
        var withoutWords = new CountryRecognizer(Known, RecognizerWords.None);

        Assert.Equal("JO", withoutWords.Recognize("Jordan took my passport", MatchMode.Find)?.Code);
        Assert.Null(Recognizer.Recognize("Jordan took my passport", MatchMode.Find));
        Assert.Equal("CI", Recognizer.Recognize("Ivory Coast", MatchMode.Answer)?.Code);
        Assert.NotEqual("CI", withoutWords.Recognize("Ivory Coast", MatchMode.Answer)?.Code);
    }

    [Fact]
    public void Recognize_ShortWordInAnswerMode_AllowsNoTypo()
    {
        Assert.Equal("IT", Recognizer.Recognize("Itly", MatchMode.Answer)?.Code);
        Assert.Null(Recognizer.Recognize("Itly", MatchMode.Find));
    }

    [Fact]
    public void Recognize_AliasOnlyInKnowledge_IsRecognized()
    {
        var recognizer = new CountryRecognizer([new CountryName("XK", "Kosovo", ["Dardania"])], TestContent.Dialogs.Words);

        Assert.Equal("XK", recognizer.Recognize("I'm in Dardania", MatchMode.Answer)?.Code);
        Assert.Null(Recognizer.Recognize("I'm in Dardania", MatchMode.Answer));
    }

    [Fact]
    public void Recognize_KnowledgeNameAlsoUsedByDotNet_KnowledgeWins()
    {
        // .NET gives Iceland the native name "Ísland"; the knowledge files say "Island" means another place.
        var recognizer = new CountryRecognizer([new CountryName("IE", "Ireland", ["Island", "Ísland"])], TestContent.Dialogs.Words);

        Assert.Equal("IE", recognizer.Recognize("Ísland", MatchMode.Answer)?.Code);
    }

    [Fact]
    public void Recognize_Match_HasScoreInRange()
    {
        var exact = Recognizer.Recognize("Romania", MatchMode.Answer)!;
        var typo = Recognizer.Recognize("romnia", MatchMode.Answer)!;

        Assert.Equal(1.0, exact.Score);
        Assert.InRange(typo.Score, 0.5, 0.99);
    }

    [Fact]
    public void Recognize_TenThousandCharacters_FindsNothingWithoutException()
    {
        var text = string.Concat(Enumerable.Repeat("they moved us again 🙂 مرحبا ", 400))[..10_000];

        var answer = Recognizer.Recognize(text, MatchMode.Answer);
        var found = Recognizer.Recognize(text, MatchMode.Find);

        Assert.Null(answer);
        Assert.Null(found);
    }
}
