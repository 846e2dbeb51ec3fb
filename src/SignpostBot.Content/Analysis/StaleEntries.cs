using SignpostBot.Dialogs.Content;
using System.Globalization;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Entries whose <c>verified</c> date is older than the allowed age: numbers change, so they need a fresh check.
/// Both this and a date in the future are warnings: the bot runs this check as it starts, and time passing (or a
/// clock in another time zone) must never stop it giving help.
/// </summary>
public static class StaleEntries
{
    public static void Check(KnowledgeIndex index, DateOnly today, int maxAgeDays, ContentErrors errors)
    {
        foreach (var entry in index.Entries)
        {
            if (!DateOnly.TryParseExact(entry.Verified, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var verified))
            {
                continue;
            }

            var age = today.DayNumber - verified.DayNumber;
            if (age > maxAgeDays)
            {
                errors.Add(new ContentError(entry.File, entry.VerifiedLine, entry.VerifiedColumn,
                    $"'{entry.Id}' was last verified on {entry.Verified}, {age} days ago (more than {maxAgeDays}). "
                    + "Check it again on the organisation's own website, then set 'verified' to today's date.", ContentSeverity.Warning));
            }
            else if (age < 0)
            {
                errors.Add(new ContentError(entry.File, entry.VerifiedLine, entry.VerifiedColumn,
                    $"'{entry.Id}' has a 'verified' date in the future ({entry.Verified}): write the day you checked it, like {today:yyyy-MM-dd}.", ContentSeverity.Warning));
            }
        }
    }
}
