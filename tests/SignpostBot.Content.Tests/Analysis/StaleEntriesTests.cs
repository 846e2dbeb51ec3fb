using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>Old 'verified' dates are warnings, from the day after the allowed age, at the date's own line.</summary>
public sealed class StaleEntriesTests
{
    private static readonly LoadedKnowledge Knowledge = new(TestContent.Knowledge.Countries, TestContent.Knowledge.International, TestContent.Knowledge.Guidance, TestContent.Knowledge);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Check_DayAfterTheMaximumAge_Warns(int daysPastMax, bool warns)
    {
        var entry = Knowledge.Hotlines.First(e => e.Id == "intl-112");
        var today = entry.Verified.AddDays(30 + daysPastMax);
        var errors = new ContentErrors();

        StaleEntries.Check(Knowledge, today, maxAgeDays: 30, errors);

        Assert.Equal(warns, errors.All.Any(e => e.Message.StartsWith("'intl-112'", StringComparison.Ordinal)));
        Assert.All(errors.All, e => Assert.Equal(ContentSeverity.Warning, e.Severity));
    }

    [Fact]
    public void Check_OldEntry_WarnsAtTheLineOfItsVerifiedDate()
    {
        var entry = Knowledge.Hotlines.First(e => e.Id == "intl-112");
        var errors = new ContentErrors();

        StaleEntries.Check(Knowledge, entry.Verified.AddDays(400), maxAgeDays: 365, errors);

        var warning = errors.All.Single(e => e.Message.StartsWith("'intl-112'", StringComparison.Ordinal));
        var lines = File.ReadAllLines(warning.File);
        Assert.Contains("verified: " + entry.Verified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), lines[warning.Line - 1], StringComparison.Ordinal);
        Assert.Equal(lines[warning.Line - 1].IndexOf("20", StringComparison.Ordinal) + 1, warning.Column);
    }
}
