using SignpostBot.Content.Loading;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Localization;

/// <summary>A text is looked up along its chain (ro-RO → ro → English), resolved once per language.</summary>
public sealed class LocalizerTests
{
    private const string Romanian = """
        version: 1
        language: ro
        drafted: a test
        review: needed
        texts:
          labels.call: "Sunați la {number}"
          labels.website: Site web
        """;

    private const string RomanianInRomania = """
        version: 1
        language: ro-RO
        drafted: a test
        review: needed
        texts:
          labels.website: Pagina web
        """;

    private static readonly Localizer Localizer = new(Load(("locales/ro.yaml", Romanian), ("locales/ro-RO.yaml", RomanianInRomania)));

    private static Labels English => TestContent.Dialogs.Global.Labels;

    [Fact]
    public void For_RegionalLanguage_TakesEachTextFromTheFirstFileOfItsChainThatHasIt()
    {
        var labels = Localizer.For("ro-RO").Labels;

        Assert.Equal("Pagina web", labels.Website);       // ro-RO
        Assert.Equal("Sunați la {number}", labels.Call);   // ro
        Assert.Equal(English.Email, labels.Email);         // English
    }

    [Fact]
    public void For_RegionWithoutAFile_IsItsLanguage()
    {
        Assert.Same(Localizer.For("ro"), Localizer.For("ro-MD"));
        Assert.Equal("Site web", Localizer.For("ro-MD").Labels.Website);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr-FR")]
    [InlineData("en-GB")]
    public void For_LanguageWithoutAFile_IsEnglish(string? language)
    {
        Assert.Same(Localizer.English, Localizer.For(language));
        Assert.Equal(English, Localizer.For(language).Labels);
    }

    [Fact]
    public void English_EveryText_IsTheContentsOwn()
    {
        var english = new Localizer(TestContent.Dialogs).English;

        Assert.All(TextCatalog.English(TestContent.Dialogs), entry => Assert.Equal(entry.English, english.All[entry.Id]));
    }

    [Fact]
    public void Catalog_EveryText_HasItsOwnId()
    {
        var ids = TextCatalog.English(TestContent.Dialogs).Select(e => e.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("dialog.victim.danger.prompt", ids);
        Assert.Contains("dialog.main.who.choice.victim", ids);
        Assert.Contains("global.interruptions.danger.text", ids);
        Assert.Contains("labels.call", ids);
        Assert.Contains("hotline.gb-modern-slavery-helpline.summary", ids);
        Assert.Contains("web.launcher", ids);
    }

    [Fact]
    public void Offered_HiddenLanguage_IsNotOffered()
    {
        var localizer = new Localizer(PseudoLocale.With(TestContent.Dialogs));

        Assert.DoesNotContain(PseudoLocale.Language, localizer.Offered);
        Assert.Contains(LanguageTag.English, localizer.Offered);
        Assert.Equal(PseudoLocale.Language, localizer.For(PseudoLocale.Locale).Language);
    }

    private static DialogSet Load(params (string Path, string Text)[] files)
    {
        var errors = new ContentErrors();
        var english = Path.Combine(RepositoryPaths.Dialogs, TranslationLoader.Folder, "en.yaml");
        var content = TranslationLoader.Load([(english, File.ReadAllText(english)), .. files], TestContent.Dialogs, errors);
        Assert.False(errors.HasErrors, string.Join("\n", errors.All));
        return content!;
    }
}
