using System.Globalization;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// Fills a signpost from the knowledge for what the conversation knows (its country, whether there is danger), so
/// that what it shows is true where the person is: the emergency numbers of their country (or 112, with 999 labelled
/// as the UK's, while the country is not known), their country's lines with checked ones first, a child line, and
/// every number from another country headed with that country. Every text is in the person's language.
/// </summary>
internal sealed class SignpostBuilder(DialogSet content)
{
    private KnowledgeBase Knowledge => content.Knowledge;

    public SignpostReply? Build(Signpost signpost, TurnContext turn)
    {
        var texts = turn.Texts;
        var words = texts.Signpost(signpost);
        var entries = new List<SignpostEntry>();
        var text = words.Text;
        var code = turn.Slots.Country;
        var country = Knowledge.FindCountry(code);

        // Risk seen earlier in the conversation keeps the emergency number first in every help shown after it.
        if ((signpost.Emergency || turn.AtRisk) && !turn.EmergencyShownThisTurn && EmergencyFor(turn) is { } emergency)
        {
            entries.Add(emergency);
            turn.MarkEmergencyShown();
        }

        var listed = country is null ? [] : CountryList(country, signpost.Audience);
        if (signpost.CountryHotlines && listed.Count > 0)
        {
            text = text is null ? null : TextFormatter.Format(text, texts.Country(country!));
            entries.AddRange(listed.Select(h => new HotlineEntry(texts.Hotline(h))));
            if (Knowledge.ChildHelplineFor(country!) is { } childLine && IsForAny(childLine, signpost.Audience))
            {
                entries.Add(new HotlineEntry(texts.Hotline(childLine), words.ChildText));
            }
        }
        else if (signpost.CountryHotlines)
        {
            // No list for where the person is: say so (naming the country only when there is one to name), then the
            // signpost's own lines, or the international ones.
            text = NameOf(code, texts) is { } name
                ? words.UnknownCountryText is { } unknown ? TextFormatter.Format(unknown, TextFormatter.Country, name) : null
                : words.NoCountryText;
            var fallback = (signpost.Hotlines.Count > 0
                ? signpost.Hotlines.Select(Knowledge.FindHotline).OfType<Hotline>()
                : Knowledge.International.Where(h => IsForAny(h, signpost.Audience))).ToList();
            if (country is not null && Knowledge.ChildHelplineFor(country) is { } childLine && IsForAny(childLine, signpost.Audience) && !fallback.Contains(childLine))
            {
                fallback.Add(childLine);
            }

            entries.AddRange(fallback.Select(h => Entry(h, code, texts)));
        }
        else
        {
            entries.AddRange(signpost.Hotlines.Select(Knowledge.FindHotline).OfType<Hotline>().Select(h => Entry(h, code, texts)));
        }

        entries.AddRange(signpost.GuidanceTopics.SelectMany(Knowledge.GuidanceFor)
            .Concat(signpost.Guidance.Select(Knowledge.FindGuidance).OfType<GuidanceResource>().Where(g => g.Url is not null))
            .Distinct().Select(g => new GuidanceEntry(texts.Guidance(g))));

        // An emergency-only signpost adds nothing when this turn already gave the number.
        var onlyEmergency = !signpost.CountryHotlines && signpost.Hotlines.Count == 0 && signpost.GuidanceTopics.Count == 0 && signpost.Guidance.Count == 0;
        return entries.Count == 0 && (text is null || onlyEmergency) ? null : new SignpostReply(text, entries, texts.Labels);
    }

    /// <summary>
    /// The emergency numbers of the person's country; while it is not known, the ones that work widely (112, with
    /// 999 labelled as the UK's), never one country's own advice (such as the UK's "press 55").
    /// </summary>
    public EmergencyEntry? EmergencyFor(TurnContext turn)
        => Knowledge.FindCountry(turn.Slots.Country) is { } country && turn.Texts.Emergency(country) is { } own ? own : turn.Texts.UnknownCountryEmergency;

    /// <summary>A country's hotlines for these audiences, the confirmed ones first (a stable order otherwise).</summary>
    private static List<Hotline> CountryList(Country country, IReadOnlyList<string> audience)
        => country.Hotlines
            .Where(h => h.Id != country.ChildHelplineId && IsForAny(h, audience))
            .OrderBy(h => h.Status == FactStatus.Confirmed ? 0 : 1)
            .ToList();

    /// <summary>A hotline entry, headed with its country when that is not where the person is (or may not be).</summary>
    private HotlineEntry Entry(Hotline hotline, string? personCountry, LanguageTexts texts)
    {
        if (hotline.CountryCode is not { } home || string.Equals(home, personCountry, StringComparison.OrdinalIgnoreCase))
        {
            return new HotlineEntry(texts.Hotline(hotline));
        }

        var label = Knowledge.FindCountry(home) is { } country
            ? TextFormatter.Format(texts.Labels.CountryOnly, texts.Country(country))
            : TextFormatter.Format(texts.Labels.CountryOnly, TextFormatter.Country, home);
        return new HotlineEntry(texts.Hotline(hotline), label);
    }

    private static bool IsForAny(Hotline hotline, IReadOnlyList<string> audience)
    {
        foreach (var who in audience)
        {
            if (hotline.IsFor(who))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name of a country the person gave, or null when they gave none (never an empty name).</summary>
    private string? NameOf(string? code, LanguageTexts texts)
    {
        if (code is null || code == Slots.UnknownCountry)
        {
            return null;
        }

        if (Knowledge.FindCountry(code) is { } known)
        {
            return texts.Country(known).Name;
        }

        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
