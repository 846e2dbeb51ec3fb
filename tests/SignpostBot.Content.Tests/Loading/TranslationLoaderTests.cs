using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>Language files are checked against the content's texts: ids, placeholders, names, the English file's scope.</summary>
public sealed class TranslationLoaderTests
{
    private static readonly string LocalesFolder = Path.Combine(RepositoryPaths.Dialogs, TranslationLoader.Folder);

    [Fact]
    public void Load_Repository_HasTheEnglishWebTexts()
    {
        var english = Assert.Single(TestContent.Dialogs.Translations, t => t.Language == LanguageTag.English);

        Assert.Equal(ReviewState.Done, english.Review);
        Assert.All(english.Texts.Keys, id => Assert.StartsWith(TextIds.WebPrefix, id, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_GeneratedPseudoLocale_PassesItsSchemaAndTheLoader()
    {
        var path = Path.Combine(LocalesFolder, PseudoLocale.Language + ".yaml");
        var text = PseudoLocale.FileText(TestContent.Dialogs);
        var errors = new ContentErrors();

        SchemaCheck.CheckFile(path, text, SchemaCheck.SchemaPath(path, text)!, errors);
        var content = PseudoLocale.With(TestContent.Dialogs);

        Assert.Empty(errors.All);
        var qps = Assert.Single(content.Translations, t => t.Language == PseudoLocale.Language);
        Assert.True(qps.Hidden);
        Assert.Equal(ReviewState.Needed, qps.Review);
    }

    [Fact]
    public void Load_UnknownId_IsAnErrorAtItsLine()
    {
        var errors = Load("ro", "texts:\n  labels.call: \"Sunați la {number}\"\n  dialog.victim.dangr.prompt: Sunteți în pericol?\n");

        var error = Assert.Single(errors.All);
        Assert.Equal(8, error.Line);
        Assert.Contains("'dialog.victim.dangr.prompt'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sunați")]                       // lost
    [InlineData("Sunați la {numar}")]            // renamed
    [InlineData("Sunați la {number} {hours}")]   // added
    public void Load_PlaceholdersNotTheEnglishOnes_IsAnError(string translation)
    {
        var errors = Load("ro", $"texts:\n  labels.call: \"{translation}\"\n");

        var error = Assert.Single(errors.All);
        Assert.Contains("{number}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("labels.countryOnly", "Doar {inCountry}")]                              // English: "{country} only"
    [InlineData("dialog.victim.hotlines.text", "Iată ajutor {inCountry}. Te vor asculta:")] // English: "... ({country}) ..."
    public void Load_TheCountryInEitherForm_IsTheSamePlaceholder(string id, string translation)
        => Assert.Empty(Load("ro", $"texts:\n  {id}: \"{translation}\"\n").All);

    [Fact]
    public void Load_BeingInACountryWhereAnyCountryMayBeNamed_IsAnError()
    {
        var errors = Load("ro", "texts:\n  dialog.victim.hotlines.unknownCountryText: \"Încă nu am o listă {inCountry}.\"\n");

        var error = Assert.Single(errors.All);
        Assert.Contains("may name any country", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileNamedForAnotherLanguage_IsAnError()
    {
        var errors = Load("ro", "texts: { labels.or: sau }\n", fileName: "pl.yaml");

        Assert.Contains(errors.All, e => e.Message.Contains("ro.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EnglishFileWithAFlowsText_IsAnErrorSayingWhereToChangeIt()
    {
        var errors = Load("en", "texts: { labels.or: or else }\n", review: "done");

        Assert.Contains(errors.All, e => e.Message.Contains("change it there", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownReviewState_IsAnError()
    {
        var errors = Load("ro", "texts: { labels.or: sau }\n", review: "maybe");

        Assert.Contains(errors.All, e => e.Message.Contains("'review'", StringComparison.Ordinal));
    }

    private static ContentErrors Load(string language, string texts, string? fileName = null, string review = "needed")
    {
        var text = $"version: 1\nlanguage: {language}\ndrafted: a test\nreview: {review}\nhidden: true\n{texts}";
        var english = Path.Combine(LocalesFolder, "en.yaml");
        var errors = new ContentErrors();
        TranslationLoader.Load(
            [(english, File.ReadAllText(english)), (Path.Combine(LocalesFolder, fileName ?? language + ".yaml"), text)],
            TestContent.Dialogs,
            errors);
        return errors;
    }
}
