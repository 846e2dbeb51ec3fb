using System.Text.RegularExpressions;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>One paragraph of a reply that gives a country's own advice to someone who is not (or may not be) there, without saying whose it is.</summary>
/// <param name="Marker">The number or words that only work in that country (its emergency number, a national helpline, "press 55").</param>
public sealed record UnlabelledAdvice(int ReplyIndex, string Paragraph, string Marker);

/// <summary>
/// A check the prover's explorer runs on every path: where the conversation's country is not <c>GB</c> (another
/// country, "unknown", or not asked yet), no paragraph of the rendered replies may give UK-only advice (a UK number,
/// 999, "press 55") without naming the UK in the same paragraph ("999 (in the UK)", a "United Kingdom only" heading,
/// "In the UK, …"). It reads <see cref="Activity.Text"/>, the plain-text form every renderer writes in full; paragraphs
/// are separated by a blank line, as signposts write them. Built for any country; the UK is the one with advice that
/// must never travel unlabelled.
/// </summary>
public sealed partial class UnlabelledCountryAdvice
{
    private readonly string _home;
    private readonly Regex _label;
    private readonly IReadOnlyList<string> _numbers;
    private readonly IReadOnlyList<string> _words;
    private readonly KnowledgeBase _knowledge;

    /// <param name="home">The country whose advice is checked, e.g. GB.</param>
    /// <param name="onlyThere">Words of that country's advice that are not numbers, e.g. "press 55".</param>
    /// <param name="namesInOtherLanguages">The country's name in each translation ("Reino Unido"), which label it as well as its English names.</param>
    public UnlabelledCountryAdvice(KnowledgeBase knowledge, string home = "GB", IEnumerable<string>? namesInOtherLanguages = null, params string[] onlyThere)
    {
        var country = knowledge.FindCountry(home) ?? throw new ArgumentException($"{home} is not in the knowledge.", nameof(home));
        _knowledge = knowledge;
        _home = country.Code;
        var names = country.Aliases.Prepend(country.Name).Concat(namesInOtherLanguages ?? []).Distinct(StringComparer.Ordinal);
        // Each word of a name may be declined ("Великобритании", "Wielkiej Brytanii"): a word's stem, with any ending.
        _label = new Regex(@"\b(" + string.Join("|", names.Select(Stems)) + @")", RegexOptions.CultureInvariant);

        // The widely working numbers (112) are nobody's own advice.
        var shared = knowledge.UnknownCountryEmergency.Where(p => p.Label is null).Select(p => Digits(p.Display)).ToHashSet(StringComparer.Ordinal);
        _numbers = country.Emergency.Select(p => p.Display).Concat(country.Hotlines.SelectMany(h => h.Phones).Select(p => p.Display))
            .Select(Digits).Where(d => !shared.Contains(d)).Distinct(StringComparer.Ordinal).ToList();
        _words = onlyThere.Length > 0 ? onlyThere : ["press 55"];
    }

    /// <summary>The check for <paramref name="home"/> over this content: its English names and its name in every translation.</summary>
    /// <summary>A name as a pattern of its words' stems (all but the last two letters, at least four), each with any ending.</summary>
    private static string Stems(string name)
        => string.Join(@"\s+", name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 4 ? Regex.Escape(w) + @"\b" : Regex.Escape(w[..Math.Max(4, w.Length - 2)]) + @"\w*"));

    public static UnlabelledCountryAdvice For(DialogSet content, string home)
        => new(content.Knowledge, home, content.Translations.Select(t => t.Texts.GetValueOrDefault(TextIds.Country(home, "name"))).OfType<string>());

    /// <summary>Every paragraph that gives the home country's own advice unlabelled; none when the person is there.</summary>
    /// <param name="country">The conversation's Country slot: a code, "unknown", or null when not asked yet.</param>
    public IReadOnlyList<UnlabelledAdvice> Find(IReadOnlyList<Activity> replies, string? country)
    {
        var found = new List<UnlabelledAdvice>();
        if (string.Equals(country, _home, StringComparison.OrdinalIgnoreCase))
        {
            return found;
        }

        // A number that is also the person's own country's (116 111, 112) is advice for where they are.
        var theirs = _knowledge.FindCountry(country) is { } there
            ? there.Emergency.Concat(there.Hotlines.SelectMany(h => h.Phones)).Select(p => Digits(p.Display)).ToHashSet(StringComparer.Ordinal)
            : [];
        for (var i = 0; i < replies.Count; i++)
        {
            foreach (var paragraph in (replies[i].Text ?? string.Empty).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                if (Marker(paragraph, theirs) is { } marker && !_label.IsMatch(paragraph))
                {
                    found.Add(new UnlabelledAdvice(i, paragraph, marker));
                }
            }
        }

        return found;
    }

    private string? Marker(string paragraph, HashSet<string> theirs)
    {
        foreach (Match match in PhoneLike().Matches(paragraph))
        {
            var digits = Digits(match.Value);
            if (_numbers.Contains(digits, StringComparer.Ordinal) && !theirs.Contains(digits))
            {
                return match.Value.Trim();
            }
        }

        return _words.FirstOrDefault(w => paragraph.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    // Whole numbers as written, spaces and a leading + included: a freephone number with spaces is one number, never
    // the short code that one of its groups looks like.
    [GeneratedRegex(@"\+?\d[\d \-]*\d|\d")]
    private static partial Regex PhoneLike();
}
