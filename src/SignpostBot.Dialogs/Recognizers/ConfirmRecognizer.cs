using System.Text.RegularExpressions;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// Reads yes or no with the words of <see cref="YesNoVocabulary"/>: the TrueRegex / FalseRegex of
/// Microsoft.Recognizers.Definitions for its 14 languages (thumbs up and down emoji included) and the yes/no words of
/// <c>dialogs/language/</c> for the others. The locale's language is tried first, then English, then the others.
/// Within a language: a yes inside a longer no ("not ok", "doğru değil") is that no; a yes right after a negation
/// ("not sure") counts for nothing; a single Latin or Cyrillic letter ("y", "s", "n") only counts as the whole message
/// (not the "s" of "it's"); yes and no both left → the language is ambiguous and the next one is tried, but a later
/// language that only judges the same words again ("yes no": Spanish sees just the "no") does not decide.
/// </summary>
public static class ConfirmRecognizer
{
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
        List<Span>? judged = null; // the words of languages that found both yes and no
        foreach (var language in words.YesNo.InOrder(locale))
        {
            if (Judge(language, text, words.YesNoNegations, ref judged) is { } answer)
            {
                return answer;
            }
        }

        return null;
    }

    private static bool? Judge(YesNoVocabulary.YesNoLanguage language, string text, IReadOnlyList<string> negations, ref List<Span>? judged)
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

    private readonly record struct Span(int Start, int End)
    {
        internal bool Contains(Span other) => Start <= other.Start && other.End <= End && End - Start > other.End - other.Start;

        internal bool Overlaps(Span other) => Start < other.End && other.Start < End;
    }
}
