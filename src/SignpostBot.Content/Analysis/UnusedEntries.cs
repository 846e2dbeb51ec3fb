using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Loading;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Hotlines and guidance no conversation can ever show. A hotline is used when a signpost (or the fail-safe) names it,
/// or when a signpost lists the person's country (<c>countryHotlines: yes</c>) and the hotline is one that list shows:
/// a country's hotlines for the audiences its country lists show (victims and children, the public), its child helpline, and every international number. Guidance is
/// used when a signpost asks for one of its topics. Unused entries are warnings: they are harmless, but usually a
/// forgotten id or a missing audience.
/// </summary>
public static class UnusedEntries
{
    public static void Check(DialogSet content, KnowledgeIndex index, ContentErrors errors)
    {
        var signposts = content.Dialogs.SelectMany(d => d.Steps).OfType<SignpostStep>().Select(s => s.Signpost)
            .Append(content.Global.FailSafe)
            .Concat(new[] { content.Global.Suicide.Signpost, content.Global.Danger.Signpost }.OfType<Signpost>())
            .ToList();
        var named = signposts.SelectMany(s => s.Hotlines).ToHashSet(StringComparer.Ordinal);
        var listed = signposts.Where(s => s.CountryHotlines).SelectMany(s => s.Audience).ToHashSet(StringComparer.Ordinal);
        var audiences = string.Join(" or ", listed.Order(StringComparer.Ordinal));
        var topics = signposts.SelectMany(s => s.GuidanceTopics).ToHashSet(StringComparer.Ordinal);
        var knowledge = content.Knowledge;

        foreach (var entry in index.Entries.Where(e => e.Kind == KnowledgeIndex.Hotline))
        {
            if (named.Contains(entry.Id) || (listed.Count > 0 && ShownInCountryList(knowledge, entry.Id, listed)))
            {
                continue;
            }

            errors.Add(new ContentError(entry.File, entry.Line, entry.Column,
                $"The hotline '{entry.Id}' is never shown: no signpost names it, and a country's list only shows hotlines 'for' {audiences}. "
                + $"Name it in a signpost's 'hotlines', add {audiences} to its 'for', or delete it.", ContentSeverity.Warning));
        }

        foreach (var entry in index.Entries.Where(e => e.Kind == KnowledgeIndex.Guidance))
        {
            var resource = knowledge.Guidance.FirstOrDefault(g => g.Id == entry.Id);
            if (resource?.Url is null || resource.Topics.Any(topics.Contains))
            {
                // Without a url the loader has already warned that it is never shown.
                continue;
            }

            errors.Add(new ContentError(entry.File, entry.Line, entry.Column,
                $"The guidance '{entry.Id}' is never shown: no signpost asks for its topics ({string.Join(", ", resource.Topics)}). "
                + $"Add one of them to a signpost's 'guidance' in dialogs/, or give it a topic that is used ({string.Join(", ", topics.Order(StringComparer.Ordinal))}).", ContentSeverity.Warning));
        }
    }

    private static bool ShownInCountryList(KnowledgeBase knowledge, string id, HashSet<string> audiences)
    {
        if (knowledge.International.Any(h => h.Id == id))
        {
            return true;
        }

        return knowledge.Countries.Any(c => c.ChildHelplineId == id
            || c.Hotlines.Any(h => h.Id == id && h.For.Any(audiences.Contains)));
    }
}
