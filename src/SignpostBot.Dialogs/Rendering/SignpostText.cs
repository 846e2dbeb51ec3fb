using System.Globalization;
using System.Text;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>
/// The plain-text form of a signpost: complete on its own, for screen readers and channels that show no cards.
/// All its words come from the content's labels.
/// </summary>
public static class SignpostText
{
    public static string Compose(SignpostReply signpost, Labels labels)
    {
        var text = new StringBuilder();
        if (signpost.Text is { } intro)
        {
            text.Append(intro);
        }

        foreach (var entry in signpost.Entries)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            switch (entry)
            {
                case EmergencyEntry emergency:
                    text.Append(Emergency(emergency, labels));
                    break;
                case HotlineEntry hotline:
                    AppendHotline(text, hotline, labels);
                    break;
                case GuidanceEntry guidance:
                    var r = guidance.Resource;
                    text.Append(r.Title).Append(" (").Append(r.Publisher).Append("): ").Append(r.Summary).Append(' ').Append(r.Url!.AbsoluteUri);
                    break;
            }
        }

        return text.ToString();
    }

    public static string Emergency(EmergencyEntry emergency, Labels labels)
    {
        var numbers = string.Join(" " + labels.Or + " ", emergency.Phones.Select(Number));
        var line = TextFormatter.Format(labels.Emergency, TextFormatter.Numbers, numbers);
        return emergency.Note is null ? line : line + " " + emergency.Note;
    }

    /// <summary>A number as written, with its label in brackets when it has one ("in the UK", "From abroad").</summary>
    public static string Number(Phone phone) => phone.Label is null ? phone.Display : $"{phone.Display} ({phone.Label})";

    /// <summary>A call button's words: the <c>labels.call</c> text with the number as written, and its label when it has one.</summary>
    public static string Call(Phone phone, Labels labels) => TextFormatter.Format(labels.Call, TextFormatter.Number, Number(phone));

    /// <summary>"Open 24/7. Free to call. You do not have to give your name." — whatever is known.</summary>
    public static string Details(Hotline hotline, Labels labels)
    {
        var parts = new List<string>(3);
        if (hotline.Hours is { } hours)
        {
            parts.Add(TextFormatter.Format(labels.Hours, TextFormatter.Hours, hours));
        }

        if (hotline.Languages.Count > 0)
        {
            parts.Add(TextFormatter.Format(labels.Languages, TextFormatter.Languages, LanguageNames(hotline.Languages)));
        }

        if (hotline.Free == true)
        {
            parts.Add(labels.Free);
        }

        if (hotline.Anonymous == true)
        {
            parts.Add(labels.Anonymous);
        }

        return string.Join(" ", parts.Select(p => p.EndsWith('.') ? p : p + "."));
    }

    /// <summary>"Romanian, English" from ISO 639-1 codes, using .NET's culture data.</summary>
    private static string LanguageNames(IReadOnlyList<string> codes)
        => string.Join(", ", codes.Select(code =>
        {
            try
            {
                return CultureInfo.GetCultureInfo(code).EnglishName;
            }
            catch (CultureNotFoundException)
            {
                return code;
            }
        }));

    private static void AppendHotline(StringBuilder text, HotlineEntry entry, Labels labels)
    {
        var hotline = entry.Hotline;
        if (entry.Heading is { } heading)
        {
            text.Append(heading).Append('\n');
        }

        text.Append(hotline.Name);
        if (hotline.Phones.Count > 0)
        {
            text.Append(": ").Append(string.Join(", ", hotline.Phones.Select(Number)));
        }

        text.Append(". ").Append(hotline.Summary);
        var details = Details(hotline, labels);
        if (details.Length > 0)
        {
            text.Append(' ').Append(details);
        }

        if (hotline.Url is { } url)
        {
            text.Append(' ').Append(url.AbsoluteUri);
        }

        if (hotline.Email is { } email)
        {
            text.Append(' ').Append(email);
        }
    }
}
