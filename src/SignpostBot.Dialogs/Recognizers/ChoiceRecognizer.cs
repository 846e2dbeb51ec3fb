namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// Which option of a choice prompt a message picks:
/// (1) the whole message is an option's value, title or synonym;
/// (2) otherwise the tokens of a title or synonym appear in the message in order, a few words apart at most, each
/// exactly or with a small typo (the best score wins; two different values with the same best score are ambiguous);
/// (3) only in <see cref="MatchMode.Answer"/> and only when (1) and (2) found nothing: a number or ordinal ("2", "the second one", "last").
/// One recognizer per list of choices, made when the content is loaded: the options' phrases are prepared once, and
/// nothing is shared between recognizers or content versions.
/// </summary>
public sealed class ChoiceRecognizer
{
    private readonly ChoiceOption[] _choices;
    private readonly PreparedChoices _prepared;
    private readonly RecognizerWords _words;

    /// <param name="words">The stop, filler and pointer words of <c>dialogs/language/</c>.</param>
    public ChoiceRecognizer(IReadOnlyList<ChoiceOption> choices, RecognizerWords words)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(words);
        _choices = [.. choices];
        _words = words;
        _prepared = new PreparedChoices(_choices, words.ChoiceStopWords);
    }

    public IReadOnlyList<ChoiceOption> Choices => _choices;

    public ChoiceMatch? Recognize(string text, MatchMode mode, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var choices = _choices;
        if (choices.Length == 0)
        {
            return null;
        }

        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var tokens = TextNormalizer.Tokenize(normalized);
        var id = _prepared.Matcher.Match(normalized, tokens, mode, out var score);
        if (id >= 0)
        {
            return new ChoiceMatch(choices[id].Value, id, score);
        }

        if (id == PhraseMatcher.Ambiguous || mode != MatchMode.Answer)
        {
            return null;
        }

        return OrdinalRecognizer.RecognizeIndex(normalized, tokens, choices.Length, _words, locale) is { } index
            ? new ChoiceMatch(choices[index].Value, index, 1)
            : null;
    }
}
