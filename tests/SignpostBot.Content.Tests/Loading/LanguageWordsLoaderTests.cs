using SignpostBot.Content.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>The recognizers' words load from dialogs/language/, one file per language, checked like every content file.</summary>
public sealed class LanguageWordsLoaderTests
{
    [Fact]
    public void Load_Repository_GivesEveryLanguagesWords()
    {
        var words = TestContent.Dialogs.Words;

        Assert.Subset(TestContent.Dialogs.LanguageWords.Select(l => l.Language).ToHashSet(), new HashSet<string> { "de", "en", "es", "fr", "it", "nl", "pl", "pt", "sv" });
        Assert.Contains("from", (IReadOnlySet<string>)words.CountryCueWords);
        Assert.Contains("und", (IReadOnlySet<string>)words.CountryStopWords);              // German
        Assert.Contains("mochte", (IReadOnlySet<string>)words.OrdinalFillers);             // German, normalized
        Assert.Contains("UK", words.CountryNames["GB"]);
        Assert.Contains("n't", words.YesNoNegations);
    }

    [Fact]
    public void Load_Repository_GivesThePlaceRecognizersWords()
    {
        var words = TestContent.Dialogs.Words;

        Assert.Contains("in", (IReadOnlySet<string>)words.PlaceCueWords);
        Assert.Contains("w", (IReadOnlySet<string>)words.PlaceCueWords);                  // Polish
        Assert.Contains("din", (IReadOnlySet<string>)words.OriginCueWords);               // Romanian
        Assert.Contains("calling", (IReadOnlySet<string>)words.FromHereVerbs);
        Assert.Contains("reading", (IReadOnlySet<string>)words.TownsNeedingCue);
        Assert.Contains("police", (IReadOnlySet<string>)words.NotPlaces);
        Assert.Contains("ese", words.PeopleEndings);
        Assert.Contains("my family", words.ElsewhereWords);
    }

    [Fact]
    public void Load_FileNamedForAnotherLanguage_IsAnError()
    {
        var errors = Load(("dialogs/language/de.yaml", "version: 1\nlanguage: fr\ndrafted: a test\nreview: needed\ncountryStopWords: [de]\n"));

        Assert.Contains(errors.All, e => e.Line == 2 && e.Message.Contains("fr.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CountryNamesUnderSomethingNotACode_IsAnErrorAtItsLine()
    {
        var errors = Load(("dialogs/language/en.yaml", "version: 1\nlanguage: en\ndrafted: a test\nreview: done\ncountryNames:\n  Britain: [UK]\n"));

        var error = Assert.Single(errors.All);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void Load_MisspeltList_IsAnError()
    {
        var errors = Load(("dialogs/language/en.yaml", "version: 1\nlanguage: en\ndrafted: a test\nreview: done\ncountryCueWord: [in]\n"));

        Assert.Contains(errors.All, e => e.Message.Contains("'countryCueWord'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Repository_GivesTheYesNoAndNumberWordsOfLanguagesThePackageLacks()
    {
        var romanian = TestContent.Dialogs.LanguageWords.Single(l => l.Language == "ro");

        Assert.Contains("da", romanian.YesWords);
        Assert.Contains("nu", romanian.NoWords);
        Assert.Contains((2, "al doilea"), romanian.NumberWords);
        Assert.Contains((0, "ultimul"), romanian.LastWords);
    }

    [Theory]
    [InlineData("numberWords:\n  0: [zero]\n", "'0' in 'numberWords'")]
    [InlineData("numberWords:\n  51: [fifty-one]\n", "'51' in 'numberWords'")]
    [InlineData("numberWords:\n  two: [two]\n", "'two' in 'numberWords'")]
    [InlineData("lastWords:\n  -1: [last]\n", "'-1' in 'lastWords'")]
    [InlineData("numberWords:\n  1: [first]\n  2: [First]\n", "'First' names two different positions")]
    [InlineData("numberWords:\n  1: [first]\nlastWords:\n  0: [first]\n", "'first' names two different positions")]
    [InlineData("numberWords:\n  1: [one]\nordinalFillers: [please, one]\n", "'one' is a number word")]
    [InlineData("yesWords: [da, ok]\nnoWords: [nu, OK]\n", "'OK' is both in 'yesWords' and in 'noWords'")]
    public void Load_YesNoOrNumberWordsThatCannotBeRead_AreErrors(string lists, string expected)
    {
        var errors = Load(("dialogs/language/ro.yaml", "version: 1\nlanguage: ro\ndrafted: a test\nreview: needed\n" + lists));

        Assert.Contains(errors.All, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    private static ContentErrors Load(params (string Path, string Text)[] files)
    {
        var errors = new ContentErrors();
        LanguageWordsLoader.Load(files, TestContent.Dialogs, errors);
        return errors;
    }
}
