using SignpostBot.Content.Loading;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Knowledge.Model;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Localization;

/// <summary>
/// A turn's language, in order: a language's name typed or tapped (at any step), the language of a long enough
/// message, the conversation's language, the activity's locale, English. One word never flips it.
/// </summary>
public sealed class LanguageChooserTests
{
    private static readonly SourceLocation Nowhere = new("languages.yaml", 1, 1);

    private static readonly SupportedLanguage[] Languages =
    [
        new("en", "English", ["English"], false, "I will write in English now.", Nowhere),
        new("ro", "Romanian", ["Română", "Romanian"], false, "Acum îți scriu în română.", Nowhere),
        new("ar", "Arabic", ["العربية", "Arabi"], true, "سأكتب لك بالعربية الآن.", Nowhere),
        new("ti", "Tigrinya", ["ትግርኛ"], false, "ሕጂ ብትግርኛ ክጽሕፈልኩም እየ።", Nowhere),
        new("pl", "Polish", ["Polski"], false, "Teraz będę pisać po polsku.", Nowhere),
    ];

    private static readonly LanguageChooser Chooser = new(Languages, ["ar", "en", "pl", "ro", "ti"]);

    [Theory]
    [InlineData("Română")]
    [InlineData("romana")]
    [InlineData("  ROMÂNĂ ")]
    [InlineData("Romanian")]
    public void Choose_ALanguagesName_SwitchesToIt(string text)
    {
        var decision = Chooser.Choose("en-GB", text, "en-GB");

        Assert.Equal("ro", decision.Language);
        Assert.Equal(LanguageSource.Named, decision.Source);
        Assert.True(decision.Switched);
    }

    [Fact]
    public void Choose_ANameInAnotherScript_SwitchesToIt()
    {
        Assert.Equal("ar", Chooser.Choose(null, "العربية", null).Language);
    }

    [Theory]
    [InlineData("da")]
    [InlineData("nu știu")]
    [InlineData("ok")]
    [InlineData("2")]
    public void Choose_AShortAnswer_NeverFlipsTheLanguage(string text)
    {
        var decision = Chooser.Choose("ro", text, "en-GB");

        Assert.Equal("ro", decision.Language);
        Assert.False(decision.Switched);
    }

    [Theory]
    [InlineData("Mă obligă să muncesc fără bani și nu pot să plec de aici", "ro")]
    [InlineData("Zmuszają mnie do pracy bez pieniędzy i nie mogę odejść", "pl")]
    [InlineData("يجبرونني على العمل بدون أجر ولا أستطيع المغادرة", "ar")]
    [InlineData("ብዘይ ክፍሊት ክሰርሕ ይግደዱኒ ኣለዉ", "ti")]
    public void Choose_AMessageInAnOfferedLanguage_IsDetected(string text, string expected)
    {
        var decision = Chooser.Choose(null, text, "en-GB");

        Assert.Equal(expected, decision.Language);
        Assert.Equal(LanguageSource.Detected, decision.Source);
        Assert.True(decision.Switched);
    }

    [Fact]
    public void Choose_EnglishFromAnEnglishLocale_KeepsTheLocale()
    {
        var decision = Chooser.Choose(null, "They make me work for no money and I cannot leave", "en-GB");

        Assert.Equal("en-GB", decision.Language);
        Assert.False(decision.Switched);
    }

    private static readonly LanguageChooser WithKnown = new(
        Languages,
        ["ar", "en", "pl", "ro", "ti"],
        [("en", ["I don't want to die", "They make me work for no money"]), ("ro", ["Mă obligă să muncesc fără bani"])],
        known: ["fr", "de", "it", "nl"]);

    [Theory]
    [InlineData("j'ai besoin d'aide, mon patron garde mon passeport")]
    [InlineData("ich brauche Hilfe, mein Chef hat meinen Pass genommen")]
    [InlineData("ho bisogno di aiuto, il mio capo mi tiene il passaporto")]
    public void Choose_AMessageInALanguageKnownButNotOffered_KeepsTheLanguageAndSaysItIsForeign(string text)
    {
        var decision = WithKnown.Choose(null, text, "en-GB");

        Assert.Equal("en-GB", decision.Language);
        Assert.False(decision.Switched);
        Assert.True(decision.Foreign);
    }

    [Theory]
    [InlineData("I don't want to die")]
    [InlineData("They make me work for no money")]
    public void Choose_AnOfferedLanguagesOwnWords_AreNeverForeign(string text)
    {
        var decision = WithKnown.Choose("ro", text, "en-GB");

        Assert.False(decision.Foreign);
    }

    [Theory]
    [InlineData("https://www.example.com/my-boss")]
    [InlineData("write to help.desk@example.org please")]
    public void Choose_ALink_NeverFlipsTheLanguage(string text)
    {
        var decision = WithKnown.Choose("en", text, "en-GB");

        Assert.Equal("en", decision.Language);
        Assert.False(decision.Switched);
        Assert.False(decision.Foreign);
    }

    [Fact]
    public void Choose_NoText_KeepsTheConversationsLanguageThenTheLocale()
    {
        Assert.Equal("ro", Chooser.Choose("ro", null, "en-GB").Language);
        Assert.Equal("pl-PL", Chooser.Choose(null, null, "pl-PL").Language);
        Assert.Null(Chooser.Choose(null, null, null).Language);
    }

    [Fact]
    public void Choose_ALanguageWithoutAFile_IsNeverChosen()
    {
        var chooser = new LanguageChooser(Languages, ["en", "ro"]);

        Assert.Equal(LanguageSource.Kept, chooser.Choose("en", "Polski", null).Source);
        Assert.Equal(["en", "ro"], chooser.Offered.Select(l => l.Language));
    }

    [Fact]
    public void Choose_ALanguageNotYetOffered_IsNeverChosen()
    {
        var chooser = new LanguageChooser(Languages.Select(l => l.Language == "ro" ? l with { Offered = false } : l), ["en", "ro"]);

        Assert.Equal(LanguageSource.Kept, chooser.Choose("en", "Română", null).Source);
    }

    [Theory]
    [InlineData("Français")]
    [InlineData("francais")]
    [InlineData("Polski")]
    public void Choose_TheNameOfALanguageNotSpoken_IsForeignAndKeepsTheLanguage(string text)
    {
        // Polish is listed but has no file here: it is not spoken either.
        var chooser = new LanguageChooser(Languages, ["en", "ro"], unspoken: [new UnspokenLanguage("French", ["Français"], [])]);

        var decision = chooser.Choose("ro", text, null);

        Assert.True(decision.Foreign);
        Assert.Equal("ro", decision.Language);
        Assert.False(decision.Switched);
    }

    [Fact]
    public void Choose_AnUnspokenLanguageInTheLettersOfASpokenOne_IsForeignByItsWords()
    {
        var samples = new[] { ("ti", (IEnumerable<string>)["ኣነ ኣብ ሓደጋ ኣለኹ", "ሓገዝ የድልየኒ ኣሎ"]) };
        var chooser = new LanguageChooser(Languages, ["en", "ti"], samples, unspoken: [new UnspokenLanguage("Amharic", ["አማርኛ"], ["እኔ", "ነኝ", "እርዳታ", "እፈልጋለሁ"])]);

        Assert.True(chooser.Choose(null, "እኔ እርዳታ እፈልጋለሁ አሁን", null).Foreign);
        Assert.Equal("ti", chooser.Choose(null, "ኣነ ሓገዝ የድልየኒ ኣሎ", null).Language);
    }

    [Fact]
    public void Choose_EveryTigrinyaMessageOfTheEvaluationSet_IsTigrinyaNotAmharic()
    {
        var languages = TestContent.NewBot().Languages;
        var errors = new ContentErrors();
        var tigrinya = EvaluationSet.Read(RepositoryPaths.Understanding, errors)
            .Where(m => m.Language == "ti" && LanguageScript.Main(m.Text) == "Ethiopic").ToList();

        Assert.Empty(errors.All);
        Assert.NotEmpty(tigrinya);
        Assert.All(tigrinya, m => Assert.Equal(("ti", false), (languages.Choose(null, m.Text, null).Language, languages.Choose(null, m.Text, null).Foreign)));
    }

    [Fact]
    public void Turn_TypedLanguageName_SaysTheSwitchInTheNewLanguageWithAOneTapUndo()
    {
        var bot = new TriageBot(WithRomanian(), ChannelRenderers.Standard);

        var first = bot.OnTurn(null, TestActivities.Message("Română"));

        Assert.Equal("ro", first.State!.Language);
        var switched = first.Replies[0];
        Assert.Equal("Acum îți scriu în română.", switched.Text);
        Assert.Equal(["English"], switched.SuggestedActions!.Actions.Select(a => a.Value?.ToString()));
        Assert.True(first.Replies.Count > 1, "the welcome follows, in Romanian");

        var undone = bot.OnTurn(first.State, TestActivities.Message("English"));

        Assert.Equal("en", undone.State!.Language);
        Assert.Equal("I will write in English now.", undone.Replies[0].Text);
    }

    [Fact]
    public void Turn_FirstMessageInRomanian_AnswersInRomanian()
    {
        var bot = new TriageBot(WithRomanian(), ChannelRenderers.Standard);

        var result = bot.OnTurn(null, TestActivities.Message("Mă obligă să muncesc fără bani și nu pot să plec de aici"));

        Assert.Equal("ro", result.State!.Language);
        Assert.Equal("Acum îți scriu în română.", result.Replies[0].Text);
    }

    private static DialogSet WithRomanian()
    {
        const string romanian = """
            version: 1
            language: ro
            drafted: a test
            review: needed
            texts:
              labels.website: Site web
            """;
        var errors = new ContentErrors();
        var english = Path.Combine(RepositoryPaths.Dialogs, TranslationLoader.Folder, "en.yaml");
        var content = TranslationLoader.Load([(english, File.ReadAllText(english)), ("locales/ro.yaml", romanian)], TestContent.Dialogs, errors);
        Assert.False(errors.HasErrors, string.Join("\n", errors.All));
        Assert.NotEmpty(content!.Languages);
        return content.WithLanguages([.. content.Languages.Select(l => l with { Offered = true })]);
    }
}
