using System.Text.RegularExpressions;
using SignpostBot.Content.Loading;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>
/// A language file is held to the English: an offered language needs every sentence outside the professional path
/// and Teams, a translation shows the English numbers, an unreviewed language is a warning.
/// </summary>
public sealed class LanguageCoverageTests
{
    private static readonly IReadOnlyList<TextEntry> English = TextCatalog.English(TestContent.Dialogs);

    private static readonly Func<string, bool> ForEveryone = LanguageCoverage.ForEveryone(TestContent.Dialogs);

    [Fact]
    public void Check_OfferedLanguageMissingASentence_IsAnError()
    {
        var errors = Check(Everything().Where(t => t.Id != "global.failSafe.text"), offered: true);

        var error = Assert.Single(errors.All, e => e.Severity == ContentSeverity.Error);
        Assert.Contains("global.failSafe.text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OfferedLanguageMissingAKnowledgeText_OnlyWarns_SoACorrectedNumberIsNeverHeldUp()
    {
        var label = English.First(e => e.Id.StartsWith("hotline.", StringComparison.Ordinal) && e.Id.EndsWith(".label", StringComparison.Ordinal)).Id;

        var errors = Check(Everything().Where(t => t.Id != label), offered: true);

        Assert.False(errors.HasErrors, string.Join("\n", errors.All));
        Assert.Contains(errors.All, e => e.Severity == ContentSeverity.Warning && e.Message.Contains(label, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LanguageNotYetOffered_OnlyWarnsOfMissingSentences()
    {
        var errors = Check([("labels.website", "Site web")], offered: false);

        Assert.False(errors.HasErrors);
        Assert.Contains(errors.All, e => e.Severity == ContentSeverity.Warning && e.Message.Contains("lacks", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ProfessionalPathAndTeams_StayEnglish()
    {
        var errors = Check(Everything(), offered: true);

        Assert.False(errors.HasErrors, string.Join("\n", errors.All));
        Assert.Contains(English, e => e.Id.StartsWith("dialog.professional.", StringComparison.Ordinal));
        Assert.DoesNotContain(Everything(), t => t.Id.StartsWith("dialog.professional.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FirstMessageRepliesIntoTheProfessionalPath_StayEnglish()
    {
        var staff = English.Where(e => e.Id.StartsWith(TextIds.FirstMessage("professional-role", string.Empty), StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(staff);
        Assert.All(staff, e => Assert.False(ForEveryone(e.Id), e.Id));
        Assert.True(ForEveryone(TextIds.FirstMessage("victim", "signpost.text")));
    }

    [Fact]
    public void Check_TranslationWithAnotherNumber_IsAnError()
    {
        var withNumber = English.First(e => Regex.IsMatch(e.English, @"\d{3}") && ForEveryone(e.Id));
        var changed = Regex.Replace(withNumber.English, @"\d", "7");

        var errors = Check(Everything().Select(t => t.Id == withNumber.Id ? (t.Id, changed) : t), offered: true);

        var error = Assert.Single(errors.All, e => e.Severity == ContentSeverity.Error);
        Assert.Contains(withNumber.Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreviewedLanguage_IsListedAsAWarning()
    {
        var errors = Check(Everything(), offered: true);

        Assert.Contains(errors.All, e => e.Severity == ContentSeverity.Warning && e.Message.Contains("'ro' has not been reviewed", StringComparison.Ordinal));
    }

    /// <summary>Every sentence everyone reads, "translated" as its own English (numbers and placeholders kept).</summary>
    private static IEnumerable<(string Id, string Text)> Everything()
        => English.Where(e => ForEveryone(e.Id)).Select(e => (e.Id, e.English));

    private static ContentErrors Check(IEnumerable<(string Id, string Text)> texts, bool offered)
    {
        var translation = new Translation("ro", "a test", ReviewState.Needed, texts.ToDictionary(t => t.Id, t => t.Text, StringComparer.Ordinal), new("locales/ro.yaml", 1, 1));
        var content = TestContent.Dialogs.WithTranslations([.. TestContent.Dialogs.Translations, translation]);
        content = content.WithLanguages([.. content.Languages.Select(l => l.Language == "ro" ? l with { Offered = offered } : l)]);
        var errors = new ContentErrors();
        LanguageCoverage.Check(content, errors);
        return errors;
    }
}
