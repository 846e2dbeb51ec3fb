using System.Globalization;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// Fills a signpost from the knowledge for what the conversation knows (its country, whether there is danger), with
/// every text in the person's language.
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
        var country = Knowledge.FindCountry(turn.Slots.Country);

        if (signpost.Emergency && !turn.EmergencyShownThisTurn && EmergencyFor(turn) is { } emergency)
        {
            entries.Add(emergency);
            turn.MarkEmergencyShown();
        }

        if (signpost.CountryHotlines)
        {
            if (country is null)
            {
                text = words.UnknownCountryText is { } unknown ? TextFormatter.Format(unknown, TextFormatter.Country, CountryName(turn.Slots.Country)) : null;
                entries.AddRange(Knowledge.International.Select(h => new HotlineEntry(texts.Hotline(h))));
            }
            else
            {
                text = text is null ? null : TextFormatter.Format(text, TextFormatter.Country, texts.Country(country).Name);
                entries.AddRange(country.Hotlines
                    .Where(h => h.Id != country.ChildHelplineId && (h.IsFor(Audience.Victim) || h.IsFor(Audience.Child)))
                    .Select(h => new HotlineEntry(texts.Hotline(h))));
                if (country.ChildHelplineId is { } childId && Knowledge.FindHotline(childId) is { } childLine)
                {
                    entries.Add(new HotlineEntry(texts.Hotline(childLine), words.ChildText));
                }
            }
        }

        entries.AddRange(signpost.Hotlines.Select(Knowledge.FindHotline).OfType<Hotline>().Select(h => new HotlineEntry(texts.Hotline(h))));
        entries.AddRange(signpost.GuidanceTopics.SelectMany(Knowledge.GuidanceFor).Distinct().Select(g => new GuidanceEntry(texts.Guidance(g))));

        // An emergency-only signpost adds nothing when this turn already gave the number.
        var onlyEmergency = !signpost.CountryHotlines && signpost.Hotlines.Count == 0 && signpost.GuidanceTopics.Count == 0;
        return entries.Count == 0 && (text is null || onlyEmergency) ? null : new SignpostReply(text, entries, texts.Labels);
    }

    /// <summary>The emergency numbers of the person's country, or of the default country while it is not known.</summary>
    public EmergencyEntry? EmergencyFor(TurnContext turn)
    {
        var country = Knowledge.FindCountry(turn.Slots.Country) ?? Knowledge.FindCountry(content.Global.DefaultCountry);
        return country is { Emergency.Count: > 0 } ? new EmergencyEntry(country.Emergency, turn.Texts.Country(country).EmergencyNote) : null;
    }

    private static string CountryName(string? code)
    {
        if (code is null || code == Slots.UnknownCountry)
        {
            return string.Empty;
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
