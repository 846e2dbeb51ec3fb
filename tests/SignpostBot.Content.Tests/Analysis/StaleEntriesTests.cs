using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>Old 'verified' dates are warnings, from the day after the allowed age.</summary>
public sealed class StaleEntriesTests
{
    private static readonly KnowledgeIndex Index = TestContent.Index;

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Check_DayAfterTheMaximumAge_Warns(int daysPastMax, bool warns)
    {
        var entry = Index.Entries.First(e => e.Id == "intl-116000");
        var today = DateOnly.Parse(entry.Verified!, System.Globalization.CultureInfo.InvariantCulture).AddDays(30 + daysPastMax);
        var errors = new ContentErrors();

        StaleEntries.Check(Index, today, maxAgeDays: 30, errors);

        Assert.Equal(warns, errors.All.Any(e => e.Message.StartsWith("'intl-116000'", StringComparison.Ordinal)));
        Assert.All(errors.All, e => Assert.Equal(ContentSeverity.Warning, e.Severity));
    }
}
