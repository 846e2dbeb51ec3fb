using SignpostBot.Content.Loading;
using SignpostBot.Dialogs.Content;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Hotlines and guidance no conversation can ever show. A hotline is used when a signpost (or the fail-safe) names it,
/// or when a signpost lists the person's country (<c>countryHotlines: yes</c>) and the hotline is one that list shows:
/// a country's hotlines for victims or children, its child helpline, and every international number. Guidance is
/// used when a signpost asks for one of its topics. Unused entries are warnings: they are harmless, but usually a
/// forgotten id or a missing audience.
/// </summary>
public static class UnusedEntries
{
    public static void Check(DialogSet content, ContentErrors errors)
    {
        var signposts = content.Dialogs.SelectMany(d => d.Steps).OfType<SignpostStep>().Select(s => s.Signpost).Append(content.Global.FailSafe).ToList();
        var named = signposts.SelectMany(s => s.Hotlines).ToHashSet(StringComparer.Ordinal);
        var listsCountries = signposts.Exists(s => s.CountryHotlines);
        var topics = signposts.SelectMany(s => s.GuidanceTopics).ToHashSet(StringComparer.Ordinal);
        var knowledge = content.Knowledge;

        foreach (var entry in knowledge.Countries.SelectMany(c => c.Hotlines).Concat(knowledge.International))
        {
            if (named.Contains(entry.Id) || (listsCountries && ShownInCountryList(knowledge, entry.Id)) || entry.Location is not { } at)
            {
                continue;
            }

            errors.Add(new ContentError(at.File, at.Line, at.Column,
                $"The hotline '{entry.Id}' is never shown: no signpost names it, and a country's list only shows hotlines 'for' victim or child. "
                + "Name it in a signpost's 'hotlines', add victim or child to its 'for', or delete it.", ContentSeverity.Warning));
        }

        foreach (var resource in knowledge.Guidance)
        {
            if (resource.Url is null || resource.Topics.Any(topics.Contains) || resource.Location is not { } at)
            {
                // Without a url the loader has already warned that it is never shown.
                continue;
            }

            errors.Add(new ContentError(at.File, at.Line, at.Column,
                $"The guidance '{resource.Id}' is never shown: no signpost asks for its topics ({string.Join(", ", resource.Topics)}). "
                + $"Add one of them to a signpost's 'guidance' in dialogs/, or give it a topic that is used ({string.Join(", ", topics.Order(StringComparer.Ordinal))}).", ContentSeverity.Warning));
        }
    }

    private static bool ShownInCountryList(KnowledgeBase knowledge, string id)
    {
        if (knowledge.International.Any(h => h.Id == id))
        {
            return true;
        }

        return knowledge.Countries.Any(c => c.ChildHelplineId == id
            || c.Hotlines.Any(h => h.Id == id && (h.IsFor(Audience.Victim) || h.IsFor(Audience.Child))));
    }
}
