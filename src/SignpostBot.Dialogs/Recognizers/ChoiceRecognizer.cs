namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// Which option of a choice prompt a message picks:
/// (1) the whole message is an option's value, title or synonym;
/// (2) otherwise the tokens of a title or synonym appear in the message in order, a few words apart at most, each
/// exactly or with a small typo (the best score wins; two different values with the same best score are ambiguous);
/// (3) only in <see cref="MatchMode.Answer"/> and only when (1) and (2) found nothing: a number or ordinal ("2", "the second one", "last").
/// </summary>
public static class ChoiceRecognizer
{
    /// <param name="words">The stop, filler and pointer words of <c>dialogs/language/</c>.</param>
    public static ChoiceMatch? Recognize(string text, IReadOnlyList<ChoiceOption> choices, MatchMode mode, RecognizerWords words, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(words);
        if (choices.Count == 0)
        {
            return null;
        }

        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var tokens = TextNormalizer.Tokenize(normalized);
        var id = PreparedChoices.For(choices, words.ChoiceStopWords).Matcher.Match(normalized, tokens, mode, out var score);
        if (id >= 0)
        {
            return new ChoiceMatch(choices[id].Value, id, score);
        }

        if (id == PhraseMatcher.Ambiguous || mode != MatchMode.Answer)
        {
            return null;
        }

        return OrdinalRecognizer.RecognizeIndex(normalized, tokens, choices.Count, words, locale) is { } index
            ? new ChoiceMatch(choices[index].Value, index, 1)
            : null;
    }
}
