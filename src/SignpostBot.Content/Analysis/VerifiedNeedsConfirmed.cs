using SignpostBot.Content.Loading;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// <c>verified</c> is the day a person checked an entry on the organisation's own (or a government's) page, so only a
/// <c>confirmed</c> entry can have one: a date on an unchecked entry makes it look more certain than it is.
/// </summary>
public static class VerifiedNeedsConfirmed
{
    public static void Check(KnowledgeBase knowledge, KnowledgeIndex index, ContentErrors errors)
    {
        var statuses = knowledge.Countries.SelectMany(c => c.Hotlines).Concat(knowledge.International).Select(h => (h.Id, h.Status))
            .Concat(knowledge.Guidance.Select(g => (g.Id, g.Status)))
            .ToLookup(e => e.Id, e => e.Status, StringComparer.Ordinal);
        foreach (var entry in index.Entries.Where(e => e.Verified is not null))
        {
            if (statuses[entry.Id].Any(s => s != FactStatus.Confirmed))
            {
                errors.Add(new ContentError(entry.File, entry.VerifiedLine, entry.VerifiedColumn,
                    $"'{entry.Id}' has a 'verified' date but is not 'confirmed'. Remove 'verified' until a person has checked it on the organisation's own site (or a government's); then set status: confirmed, source and verified."));
            }
        }
    }
}
