using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Pipeline;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>
/// The checks behind "say only what is true, where the person is": each planted mistake fails 'validate' with one
/// error, in the file and at the line to change (the rules are found by where they point, never by their wording).
/// </summary>
public sealed class HonestContentRulesTests : IDisposable
{
    private const string Countries = "knowledge/countries.yaml";
    private readonly ContentCopy _copy = new();

    [Fact]
    public void DigitChangedFromTheSeedText_WithoutANote_FailsAtTheHotline()
    {
        _copy.Replace(Countries, "- number: \"800 290 290\"", "- number: \"800 290 291\"");

        AssertOneErrorAt(Countries, _copy.Line(Countries, "id: it-numero-verde-antitratta"));
    }

    [Fact]
    public void DigitChangedFromTheSeedText_WithANote_Passes()
    {
        _copy.Replace(Countries, "- number: \"800 290 290\"", "- number: \"800 290 291\"");
        _copy.Replace(Countries, "          text: \"800 290 290\"", "          text: \"800 290 290\"\n          note: The number moved (test).");

        Assert.False(Validate().HasErrors);
    }

    [Fact]
    public void Confirmed_OnAThirdPartyHost_FailsAtTheHotline()
    {
        _copy.Replace(Countries, "source: https://www.salvationarmy.org.uk/modern-slavery/supporting-survivors", "source: https://cityhearts.global/modern-slavery-referral-number");

        AssertOneErrorAt(Countries, _copy.Line(Countries, "id: gb-salvation-army"));
    }

    [Fact]
    public void Confirmed_OnAGovernmentSiteListedInOfficialSites_Passes()
    {
        _copy.Replace(Countries, "source: https://www.salvationarmy.org.uk/modern-slavery/supporting-survivors", "source: https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder");

        Assert.False(Validate().HasErrors);
    }

    [Fact]
    public void Placeholder_NeverFilledThere_FailsAtItsLine()
    {
        var line = _copy.Replace("dialogs/global.yaml", "If you are in danger now, please call", "If you are in {country} now, please call");

        // Each translation of that text now lacks the English's placeholder too: the translation check's errors, not this rule's.
        AssertOneErrorAt("dialogs/global.yaml", line, exceptIn: Path.Combine("dialogs", "locales"));
    }

    [Fact]
    public void BeingInACountry_WhereAnyCountryMayBeNamed_FailsAtItsLine()
    {
        // The bot has the words for being in a country only for the countries it lists; this text may name any other.
        var line = _copy.Replace("dialogs/public.yaml", "I don't have a list of helplines for this country ({country}) yet.", "I don't have a list of helplines {inCountry} yet.");

        // The text is folded (">-") from the line after its key; the error points at the key.
        AssertOneErrorAt("dialogs/public.yaml", line - 1, exceptIn: Path.Combine("dialogs", "locales"));
    }

    [Fact]
    public void Verified_OnAnUncheckedEntry_FailsAtItsDate()
    {
        var line = _copy.Replace(Countries, "source: https://www.vol.at/menschenhandel-gefahr-wegen-ukraine-krieg-hotline-eingerichtet/7410148",
            "source: https://www.vol.at/menschenhandel-gefahr-wegen-ukraine-krieg-hotline-eingerichtet/7410148\n        verified: 2026-11-29");

        AssertOneErrorAt(Countries, line + 1);
    }

    [Fact]
    public void ShownText_SpeakingOfTheSeed_FailsAtItsLine()
    {
        var line = _copy.Replace(Countries, "summary: Hotline against trafficking, in Latvian.", "summary: Hotline from the seed page, in Latvian.");

        AssertOneErrorAt(Countries, line);
    }

    [Fact]
    public void EuropeanCountry_WithoutAnyChildLine_FailsAtTheCountry()
    {
        _copy.Replace("knowledge/international.yaml", "countries: [AT, BE,", "countries: [BE,");

        AssertOneErrorAt(Countries, _copy.Line(Countries, "- code: AT"));
    }

    public void Dispose() => _copy.Dispose();

    private ValidationResult Validate()
        => ContentPipeline.Load(ContentSources.Folders(_copy.Dialogs, _copy.Knowledge), new ValidateOptions { Today = new DateOnly(2026, 11, 30), CheckSchemas = false });

    private void AssertOneErrorAt(string relativePath, int line, string? exceptIn = null)
    {
        var errors = Validate().Problems
            .Where(p => p.Severity == ContentSeverity.Error)
            .Where(p => exceptIn is null || !Path.GetFullPath(p.File).StartsWith(Path.GetFullPath(_copy.PathOf(exceptIn)), StringComparison.Ordinal))
            .ToList();
        var error = Assert.Single(errors);
        Assert.Equal(Path.GetFullPath(_copy.PathOf(relativePath)), Path.GetFullPath(error.File));
        Assert.Equal(line, error.Line);
    }
}
