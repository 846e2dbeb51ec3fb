using System.Text.RegularExpressions;
using SignpostBot.Content.Pipeline;
using SignpostBot.Knowledge.Model;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>Checks on the knowledge/ folder that ships, against the seed page and the verified facts.</summary>
public sealed partial class ShippedKnowledgeTests
{
    private static readonly KnowledgeBase Knowledge = TestContent.Knowledge;

    [Fact]
    public void Load_ShippedKnowledge_HasNoErrors()
    {
        var result = ContentPipeline.LoadKnowledge(ContentFolder.Physical(RepositoryPaths.Knowledge), new ValidateOptions());

        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("GB", "tel:+448000121700", "08000 121 70")]
    [InlineData("RO", "tel:+40800800678", "0800 800 67")]
    [InlineData("LT", "tel:+37080066366", "8 800 6636")]
    public void SeedCorrection_NumberTheSeedCutShort_ShipsVerifiedNumberAndRecordsTheSeedText(string country, string tel, string seedText)
    {
        var hotline = Knowledge.FindCountry(country)!.Hotlines.Single(h => h.Phones.Any(p => p.TelUri == tel));

        Assert.Equal(seedText, hotline.Seed?.Text);
        Assert.NotNull(hotline.Seed!.Note);
    }

    [Theory]
    [InlineData("GR", "tel:1109")]
    [InlineData("GR", "tel:+302310019880")]
    [InlineData("RS", "tel:+381117850000")]
    public void SeedCorrection_NumberWithoutE164FormOrTrunkPrefix_DialsCorrectly(string country, string tel)
    {
        Assert.Contains(Knowledge.FindCountry(country)!.Hotlines.SelectMany(h => h.Phones), p => p.TelUri == tel);
    }

    [Theory]
    [InlineData("gb-modern-slavery-helpline", "tel:+448000121700")]
    [InlineData("gb-childline", "tel:+448001111")]
    [InlineData("gb-nspcc-helpline", "tel:+448088005000")]
    [InlineData("gb-crimestoppers", "tel:+44800555111")]
    public void UkService_FromVerifiedFacts_HasItsNumber(string id, string tel)
    {
        Assert.Contains(Knowledge.FindHotline(id)!.Phones, p => p.TelUri == tel);
    }

    [Fact]
    public void Uk_EmergencyNumbers_Are999Then112()
    {
        Assert.Equal(["tel:999", "tel:112"], Knowledge.FindCountry("GB")!.Emergency.Select(p => p.TelUri));
    }

    [Fact]
    public void SeedHotlineList_EveryNumberOnIt_IsInKnowledgeAsShippedOrAsARecordedSeedText()
    {
        var known = Knowledge.Countries.SelectMany(c => c.Hotlines)
            .SelectMany(h => h.Phones.Select(p => Digits(p.Display)).Append(Digits(h.Seed?.Text ?? string.Empty)))
            .ToHashSet();
        var seedTexts = Knowledge.Countries.SelectMany(c => c.Hotlines).Select(h => Digits(h.Seed?.Text ?? string.Empty)).Where(d => d.Length > 0).ToList();

        var missing = SeedNumbers().Where(n => !known.Contains(n) && !seedTexts.Exists(t => t.Contains(n, StringComparison.Ordinal))).ToList();

        Assert.True(SeedNumbers().Count >= 40, "The seed's hotline list holds 40 distinct numbers; fewer means the parsing broke.");
        Assert.Empty(missing);
    }

    [Fact]
    public void SeedHotlineList_EveryCountryOnIt_IsInKnowledge()
    {
        string[] seedCountries = ["Austria", "Belgium", "Bulgaria", "Czech Republic", "Estonia", "Finland", "France", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "United Kingdom", "South Africa", "Nigeria", "Serbia"];
        var seed = File.ReadAllText(RepositoryPaths.Seed);

        Assert.All(seedCountries, name => Assert.Contains("\n" + name + "\n", seed, StringComparison.Ordinal));
        Assert.All(seedCountries, name => Assert.Contains(Knowledge.Countries, c => c.Name == name));
    }

    [Fact]
    public void EveryHotline_HasASource_AndOnlyConfirmedOnesAVerifiedDate()
    {
        Assert.All(Knowledge.Countries.SelectMany(c => c.Hotlines).Concat(Knowledge.International), h =>
        {
            Assert.False(string.IsNullOrWhiteSpace(h.Source), h.Id);
            Assert.True(h.Verified is null || (h.Status == FactStatus.Confirmed && h.Verified > new DateOnly(2020, 1, 1)), h.Id);
        });
    }

    [Fact]
    public void EveryGuidanceTopicOnTheProfessionalMenu_HasAtLeastTwoResourcesWithLinks()
    {
        Assert.All(new[] { "child", "adult", "county-lines", "training" }, topic => Assert.True(Knowledge.GuidanceFor(topic).Count() >= 2, topic));
    }

    private static List<string> SeedNumbers()
    {
        var seed = File.ReadAllText(RepositoryPaths.Seed);
        var start = seed.IndexOf("National hotlines", StringComparison.Ordinal);
        var end = seed.IndexOf("Resources and useful links", StringComparison.Ordinal);
        var list = seed[start..end].Replace("24/7", string.Empty, StringComparison.Ordinal);
        return PhoneLike().Matches(list).Select(m => Digits(m.Value)).Where(d => d.Length >= 3).Distinct().ToList();
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex(@"\+?[ ]?\d[\d \-/()]{1,}\d")]
    private static partial Regex PhoneLike();
}
