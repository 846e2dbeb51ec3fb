using SignpostBot.Content.Loading;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Entries whose <c>verified</c> date is older than the allowed age: numbers change, so they need a fresh check.
/// Both this and a date in the future are warnings: the bot runs this check as it starts, and time passing (or a
/// clock in another time zone) must never stop it giving help.
/// </summary>
public static class StaleEntries
{
    public static void Check(LoadedKnowledge knowledge, DateOnly today, int maxAgeDays, ContentErrors errors)
    {
        var entries = knowledge.Hotlines.Select(h => (h.Id, h.Verified, h.VerifiedLocation))
            .Concat(knowledge.Guidance.Select(g => (g.Id, g.Verified, g.VerifiedLocation)));
        foreach (var (id, verified, at) in entries)
        {
            if (verified == default || at is null)
            {
                // No date, or one the loader has already reported as unreadable.
                continue;
            }

            var age = today.DayNumber - verified.DayNumber;
            if (age > maxAgeDays)
            {
                errors.Add(new ContentError(at.File, at.Line, at.Column,
                    $"'{id}' was last verified on {verified:yyyy-MM-dd}, {age} days ago (more than {maxAgeDays}). "
                    + "Check it again on the organisation's own website, then set 'verified' to today's date.", ContentSeverity.Warning));
            }
            else if (age < 0)
            {
                errors.Add(new ContentError(at.File, at.Line, at.Column,
                    $"'{id}' has a 'verified' date in the future ({verified:yyyy-MM-dd}): write the day you checked it, like {today:yyyy-MM-dd}.", ContentSeverity.Warning));
            }
        }
    }
}
