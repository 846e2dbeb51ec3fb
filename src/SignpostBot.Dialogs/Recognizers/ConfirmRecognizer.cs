using System.Text.RegularExpressions;
using Ar = Microsoft.Recognizers.Definitions.Arabic.ChoiceDefinitions;
using Bg = Microsoft.Recognizers.Definitions.Bulgarian.ChoiceDefinitions;
using De = Microsoft.Recognizers.Definitions.German.ChoiceDefinitions;
using En = Microsoft.Recognizers.Definitions.English.ChoiceDefinitions;
using Es = Microsoft.Recognizers.Definitions.Spanish.ChoiceDefinitions;
using Fr = Microsoft.Recognizers.Definitions.French.ChoiceDefinitions;
using Hi = Microsoft.Recognizers.Definitions.Hindi.ChoiceDefinitions;
using It = Microsoft.Recognizers.Definitions.Italian.ChoiceDefinitions;
using Ja = Microsoft.Recognizers.Definitions.Japanese.ChoiceDefinitions;
using Nl = Microsoft.Recognizers.Definitions.Dutch.ChoiceDefinitions;
using Pt = Microsoft.Recognizers.Definitions.Portuguese.ChoiceDefinitions;
using Sv = Microsoft.Recognizers.Definitions.Swedish.ChoiceDefinitions;
using Tr = Microsoft.Recognizers.Definitions.Turkish.ChoiceDefinitions;
using Zh = Microsoft.Recognizers.Definitions.Chinese.ChoiceDefinitions;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// Reads yes or no with the TrueRegex / FalseRegex of Microsoft.Recognizers.Definitions for its 14 languages (thumbs up
/// and down emoji included). The locale's language is tried first, then English, then the others. Within a language:
/// a yes inside a longer no ("not ok", "doğru değil") is that no; a yes right after a negation ("not sure") counts for
/// nothing; a single Latin or Cyrillic letter ("y", "s", "n") only counts as the whole message (not the "s" of "it's");
/// yes and no both left → the language is ambiguous and the next one is tried, but a later language that only judges
/// the same words again ("yes no": Spanish sees just the "no") does not decide.
/// </summary>
public static class ConfirmRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    private static readonly Language English = new("en", En.TrueRegex, En.FalseRegex);

    // English first, then the others in alphabetical order.
    private static readonly Language[] Languages =
    [
        English,
        new("ar", Ar.TrueRegex, Ar.FalseRegex),
        new("bg", Bg.TrueRegex, Bg.FalseRegex),
        new("zh", Zh.TrueRegex, Zh.FalseRegex),
        new("nl", Nl.TrueRegex, Nl.FalseRegex),
        new("fr", Fr.TrueRegex, Fr.FalseRegex),
        new("de", De.TrueRegex, De.FalseRegex),
        new("hi", Hi.TrueRegex, Hi.FalseRegex),
        new("it", It.TrueRegex, It.FalseRegex),
        new("ja", Ja.TrueRegex, Ja.FalseRegex),
        new("pt", Pt.TrueRegex, Pt.FalseRegex),
        new("es", Es.TrueRegex, Es.FalseRegex),
        new("sv", Sv.TrueRegex, Sv.FalseRegex),
        new("tr", Tr.TrueRegex, Tr.FalseRegex),
    ];

    /// <summary>The two-letter codes of the languages understood.</summary>
    internal static IEnumerable<string> LanguageCodes => Languages.Select(l => l.Code);

    /// <param name="words">The negations of <c>dialogs/language/</c> ("not sure" is no yes).</param>
    public static bool? Recognize(string text, RecognizerWords words, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Replace('\u2019', '\'').Replace('\u2018', '\'');
        var first = Find(NumberVocabulary.LanguageCode(locale));
        List<Span>? judged = null; // the words of languages that found both yes and no
        if (first is not null && Judge(first, text, words.YesNoNegations, ref judged) is { } answer)
        {
            return answer;
        }

        foreach (var language in Languages)
        {
            if (language != first && Judge(language, text, words.YesNoNegations, ref judged) is { } other)
            {
                return other;
            }
        }

        return null;
    }

    private static Language? Find(string? code)
    {
        foreach (var language in Languages)
        {
            if (language.Code == code)
            {
                return language;
            }
        }

        return null;
    }

    private static bool? Judge(Language language, string text, IReadOnlyList<string> negations, ref List<Span>? judged)
    {
        List<Span> yes;
        List<Span> no;
        try
        {
            yes = Matches(language.True, text);
            no = Matches(language.False, text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        yes.RemoveAll(y => IsNegated(text, y, negations) || no.Exists(n => n.Contains(y)));
        no.RemoveAll(n => yes.Exists(y => y.Contains(n)));
        if (yes.Count > 0 && no.Count > 0)
        {
            judged ??= [];
            judged.AddRange(yes);
            judged.AddRange(no);
            return null;
        }

        var found = yes.Count > 0 ? yes : no;
        if (found.Count == 0 || (judged is not null && AllJudged(found, judged)))
        {
            return null;
        }

        return yes.Count > 0;
    }

    private static bool AllJudged(List<Span> found, List<Span> judged) => found.TrueForAll(f => judged.Exists(j => j.Overlaps(f)));

    private static List<Span> Matches(Regex regex, string text)
    {
        var spans = new List<Span>();
        foreach (var match in regex.EnumerateMatches(text))
        {
            if (match.Length == 0 || (match.Length == 1 && IsAbbreviation(text[match.Index]) && !IsWholeMessage(text, match.Index)))
            {
                continue;
            }

            spans.Add(new Span(match.Index, match.Index + match.Length));
        }

        return spans;
    }

    // "y", "s", "n", "j", "д": answers when typed alone, noise inside words ("it's", "don't").
    private static bool IsAbbreviation(char c) => c < '\u0530' && char.IsLetter(c);

    private static bool IsWholeMessage(string text, int index)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i != index && char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "not sure", "don't agree", "never ok": a yes word after a negation is not a yes.
    private static bool IsNegated(string text, Span yes, IReadOnlyList<string> negations)
    {
        var before = text.AsSpan(0, yes.Start).TrimEnd();
        foreach (var negation in negations)
        {
            if (before.EndsWith(negation, StringComparison.OrdinalIgnoreCase)
                && (before.Length == negation.Length || negation == "n't" || !char.IsLetter(before[^(negation.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Language(string code, string truePattern, string falsePattern)
    {
        internal string Code { get; } = code;

        internal Regex True { get; } = new(truePattern, Options, Timeout);

        internal Regex False { get; } = new(falsePattern, Options, Timeout);
    }

    private readonly record struct Span(int Start, int End)
    {
        internal bool Contains(Span other) => Start <= other.Start && other.End <= End && End - Start > other.End - other.Start;

        internal bool Overlaps(Span other) => Start < other.End && other.Start < End;
    }
}
