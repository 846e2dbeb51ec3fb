using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// The normalized phrases of one list of choices, built once per list instance and kept while the list lives.
/// Options with the same value share one id (the index of the first of them), so only different values can be ambiguous.
/// </summary>
internal sealed class PreparedChoices
{
    private static readonly ConditionalWeakTable<IReadOnlyList<ChoiceOption>, PreparedChoices> Cache = [];

    private readonly ChoiceOption[] _options;
    private readonly FrozenSet<string> _stopWords;

    private PreparedChoices(IReadOnlyList<ChoiceOption> choices, FrozenSet<string> stopWords)
    {
        _options = [.. choices];
        _stopWords = stopWords;
        var entries = new List<PhraseEntry>();
        var firstIndexOfValue = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _options.Length; i++)
        {
            var option = _options[i];
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

    /// <param name="stopWords">Function words a title may have that the person's answer often leaves out (<c>dialogs/language/</c>).</param>
    internal static PreparedChoices For(IReadOnlyList<ChoiceOption> choices, FrozenSet<string> stopWords)
    {
        if (Cache.TryGetValue(choices, out var prepared) && prepared.IsFor(choices, stopWords))
        {
            return prepared;
        }

        prepared = new PreparedChoices(choices, stopWords);
        Cache.AddOrUpdate(choices, prepared);
        return prepared;
    }

    // A list could be changed after it was prepared; comparing the options by reference costs a few nanoseconds.
    private bool IsFor(IReadOnlyList<ChoiceOption> choices, FrozenSet<string> stopWords)
    {
        if (choices.Count != _options.Length || !ReferenceEquals(stopWords, _stopWords))
        {
            return false;
        }

        for (var i = 0; i < _options.Length; i++)
        {
            if (!ReferenceEquals(choices[i], _options[i]))
            {
                return false;
            }
        }

        return true;
    }
}
