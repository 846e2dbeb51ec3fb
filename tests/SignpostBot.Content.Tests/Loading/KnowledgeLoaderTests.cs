using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Tests.Loading;

public sealed class KnowledgeLoaderTests
{
    [Fact]
    public void Load_WellFormedFiles_GivesCountriesHotlinesAndGuidance()
    {
        using var fixture = new KnowledgeFixture();

        var knowledge = fixture.Load().KnowledgeOrThrow();

        var uk = knowledge.FindCountry("GB")!;
        Assert.Equal(["999", "112"], uk.Emergency.Select(p => p.Display));
        Assert.Equal("tel:+448000121700", knowledge.FindHotline("gb-helpline")!.Phones[0].TelUri);
        Assert.Equal("intl-112", Assert.Single(knowledge.International).Id);
        Assert.Equal("statutory", Assert.Single(knowledge.GuidanceFor("child")).Id);
    }

    [Fact]
    public void Load_MistypedNumber_ReportsFileLineAndNumber()
    {
        using var fixture = new KnowledgeFixture(countries: KnowledgeFixture.Countries.Replace("08000 121 700", "0800 800 12", StringComparison.Ordinal));

        var error = Assert.Single(LoadErrors(fixture));

        Assert.EndsWith("countries.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(13, error.Line);
        Assert.Contains("0800 800 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltField_NamesTheFieldAndItsLine()
    {
        using var fixture = new KnowledgeFixture(countries: KnowledgeFixture.Countries.Replace("    summary: For children.", "    sumary: For children.", StringComparison.Ordinal));

        var errors = LoadErrors(fixture);

        Assert.Contains(errors, e => e.Message.Contains("Unknown field 'sumary'", StringComparison.Ordinal) && e.Line == 20);
        Assert.Contains(errors, e => e.Message.Contains("'summary' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BrokenYaml_ReportsTheLineOfTheSyntaxError()
    {
        using var fixture = new KnowledgeFixture(guidance: "version: 1\nresources:\n  - id: a\n    title: [unclosed\n");

        var error = Assert.Single(LoadErrors(fixture));

        Assert.EndsWith("guidance.yaml", error.File, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 4, 5);
    }

    [Fact]
    public void Load_DuplicateHotlineId_IsAnError()
    {
        using var fixture = new KnowledgeFixture(countries: KnowledgeFixture.Countries.Replace("id: gb-childline", "id: gb-helpline", StringComparison.Ordinal).Replace("childHelpline: gb-childline", "childHelpline: gb-helpline", StringComparison.Ordinal));

        var error = Assert.Single(LoadErrors(fixture));

        Assert.Equal(18, error.Line);
        Assert.Contains("'gb-helpline' is already used at countries.yaml line 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChildHelplineNotInTheCountry_IsAnError()
    {
        using var fixture = new KnowledgeFixture(countries: KnowledgeFixture.Countries.Replace("childHelpline: gb-childline", "childHelpline: gb-nobody", StringComparison.Ordinal));

        Assert.Contains(LoadErrors(fixture), e => e.Message.Contains("gb-nobody", StringComparison.Ordinal) && e.Line == 7);
    }

    [Fact]
    public void Load_InPhraseNotNamingTheCountry_IsAnError()
    {
        using var fixture = new KnowledgeFixture(countries: KnowledgeFixture.Countries.Replace("in: in the United Kingdom", "in: in Romania", StringComparison.Ordinal));

        Assert.Contains(LoadErrors(fixture), e => e.Message.Contains("'in' should say where help is with the country's own name", StringComparison.Ordinal) && e.Line == 27);
    }

    [Fact]
    public void Load_CountryWithoutInPhrase_IsAnError()
    {
        using var fixture = new KnowledgeFixture(countries: KnowledgeFixture.Countries.Replace("\n    in: in the United Kingdom", "", StringComparison.Ordinal));

        Assert.Contains(LoadErrors(fixture), e => e.Message.Contains("'in'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownCountryCode_IsAnError()
    {
        using var fixture = new KnowledgeFixture(countries: KnowledgeFixture.Countries.Replace("code: GB", "code: UK", StringComparison.Ordinal));

        Assert.Contains(LoadErrors(fixture), e => e.Message.Contains("'UK' is not an ISO 3166 country code", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownAudienceOrStatus_IsAnError()
    {
        using var fixture = new KnowledgeFixture(countries: KnowledgeFixture.Countries.Replace("for: [child]", "for: [kids]", StringComparison.Ordinal).Replace("status: confirmed", "status: sure", StringComparison.Ordinal));

        var errors = LoadErrors(fixture);

        Assert.Contains(errors, e => e.Message.Contains("'kids' is not an audience", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'sure' is not a status", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HttpUrl_IsRejected()
    {
        using var fixture = new KnowledgeFixture(guidance: KnowledgeFixture.Guidance.Replace("https://www.gov.uk/guidance", "http://www.gov.uk/guidance", StringComparison.Ordinal));

        Assert.Contains(LoadErrors(fixture), e => e.Message.Contains("https://", StringComparison.Ordinal) && e.Line == 7);
    }

    [Fact]
    public void Load_MissingFile_NamesTheFile()
    {
        using var fixture = new KnowledgeFixture();
        fixture.Delete("international.yaml");

        Assert.Contains(LoadErrors(fixture), e => e.Message.Contains("international.yaml is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnsupportedVersion_IsAnError()
    {
        using var fixture = new KnowledgeFixture(international: KnowledgeFixture.International.Replace("version: 1", "version: 2", StringComparison.Ordinal));

        Assert.Contains(LoadErrors(fixture), e => e.Message.Contains("'version: 2' is not supported", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Errors_ThrowListingEveryErrorInEditorFormat()
    {
        using var fixture = new KnowledgeFixture(countries: KnowledgeFixture.Countries.Replace("08000 121 700", "0800 800 12", StringComparison.Ordinal));

        var ex = Assert.Throws<ContentLoadException>(() => fixture.Load().KnowledgeOrThrow());

        Assert.Matches(@"countries\.yaml\(13,\d+\): error: ", ex.Message);
    }

    private static IReadOnlyList<ContentError> LoadErrors(KnowledgeFixture fixture)
    {
        return fixture.Load().Errors.ToList();
    }
}
