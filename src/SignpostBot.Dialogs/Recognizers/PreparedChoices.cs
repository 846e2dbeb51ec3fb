using System.Collections.Frozen;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// The normalized phrases of one list of choices, built once by the <see cref="ChoiceRecognizer"/> that owns them.
/// Options with the same value share one id (the index of the first of them), so only different values can be ambiguous.
/// </summary>
internal sealed class PreparedChoices
{
    /// <param name="stopWords">Function words a title may have that the person's answer often leaves out (<c>dialogs/language/</c>).</param>
    public PreparedChoices(IReadOnlyList<ChoiceOption> options, FrozenSet<string> stopWords)
    {
        var entries = new List<PhraseEntry>();
        var firstIndexOfValue = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var id = firstIndexOfValue.TryGetValue(option.Value, out var first) ? first : i;
            firstIndexOfValue.TryAdd(option.Value, i);
            // Values are identifiers ("someone_else"): they count as a whole-message answer, not inside sentences.
            entries.Add(new PhraseEntry(id, TextNormalizer.Normalize(option.Value), WholeMessageOnly: true));
            entries.Add(new PhraseEntry(id, TextNormalizer.Normalize(option.Title)));
            foreach (var synonym in option.Synonyms)
            {
                entries.Add(new PhraseEntry(id, TextNormalizer.Normalize(synonym)));
            }
        }

        Matcher = new PhraseMatcher(entries, stopWords);
    }

    internal PhraseMatcher Matcher { get; }
}
