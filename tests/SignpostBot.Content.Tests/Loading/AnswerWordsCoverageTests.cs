using SignpostBot.Content.Loading;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>A listed language needs yes/no and number words, from the package or its dialogs/language/ file.</summary>
public sealed class AnswerWordsCoverageTests
{
    [Fact]
    public void Check_Repository_EveryListedLanguageHasItsAnswerWords()
    {
        var errors = new ContentErrors();

        AnswerWordsCoverage.Check(TestContent.Dialogs, errors);

        Assert.Empty(errors.All);
    }

    [Fact]
    public void Check_OfferedLanguageWithoutItsFile_IsAnError()
    {
        var lithuanian = new SupportedLanguage("lt", "Lithuanian", ["Lietuvių"], false, "Dabar rašysiu lietuviškai.", new("dialogs/languages.yaml", 9, 5), Offered: true);
        var content = TestContent.Dialogs.WithLanguages([.. TestContent.Dialogs.Languages, lithuanian]);
        var errors = new ContentErrors();

        AnswerWordsCoverage.Check(content, errors);

        var error = Assert.Single(errors.All);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.Equal(9, error.Line);
        Assert.Contains("yesWords and noWords or numberWords and lastWords", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LanguageNotYetOfferedWithoutItsFile_IsAWarning()
    {
        var content = TestContent.Dialogs.WithLanguageWords([.. TestContent.Dialogs.LanguageWords.Where(l => l.Language != "ro")]);
        content = content.WithLanguages([.. content.Languages.Select(l => l.Language == "ro" ? l with { Offered = false } : l)]);
        var errors = new ContentErrors();

        AnswerWordsCoverage.Check(content, errors);

        var warning = Assert.Single(errors.All);
        Assert.Equal(ContentSeverity.Warning, warning.Severity);
        Assert.Contains("'ro'", warning.Message, StringComparison.Ordinal);
    }
}
