using System.Collections.Frozen;
using System.Globalization;
using EnglishNumbers = Microsoft.Recognizers.Definitions.English.NumbersDefinitions;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>The age a message states (in years), and whether the person at risk is under 18 (stated or implied).</summary>
public sealed record AgeFound(int? Age, bool Under18, string Words);

/// <summary>
/// Finds an age ("im 13", "I'm fifteen", "13yo", "14 years old") and a child ("I am a child", "im in year 9") in a
/// free message. The words are content (<c>rules.ageWords</c> and <c>rules.childWords</c> of each language's
/// understanding file): a phrase with <c>#</c> where the number goes ("# years old", "im #", "year #"); a child
/// phrase's number must be 13 or less (a school year). Numbers are digits (any script) or English number words
/// (Microsoft.Recognizers.Definitions). Only ages of 1 to 99 count.
/// </summary>
public sealed class AgeRecognizer
{
    private const int MaxSchoolYear = 13;

    // "im 20 minutes away", "I am 2 hours from London": a number followed by one of these is not an age.
    private static readonly FrozenSet<string> NotAnAgeAfter = FrozenSet.Create(
        StringComparer.Ordinal, "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months",
        "pound", "pounds", "euro", "euros", "quid", "k", "mile", "miles", "km", "pm", "am", "percent", "times", "people", "kids", "children");

    private static readonly FrozenDictionary<string, int> EnglishNumberWords = EnglishNumbers.CardinalNumberMap
        .Where(p => p.Value is >= 1 and <= 99 && !p.Key.Contains(' ', StringComparison.Ordinal) && p.Key is not ("a" or "an" or "dozen" or "half"))
        .ToFrozenDictionary(p => p.Key, p => (int)p.Value, StringComparer.Ordinal);

    private readonly Pattern[] _agePatterns;
    private readonly Pattern[] _childPatterns;

    /// <param name="ageWords">
    /// Phrases around an age, with <c>#</c> for the number ("# years old", "im #"); a word without <c>#</c> ("tuoi",
    /// "años") counts on either side of a number, never alone.
    /// </param>
    /// <param name="childWords">Phrases that say the person is under 18 ("child", "minor"), <c>#</c> for a school year ("year #").</param>
    public AgeRecognizer(IEnumerable<string> ageWords, IEnumerable<string> childWords)
    {
        ArgumentNullException.ThrowIfNull(ageWords);
        ArgumentNullException.ThrowIfNull(childWords);
        _agePatterns = Prepare(ageWords.SelectMany(w => w.Contains('#', StringComparison.Ordinal) ? [w] : new[] { "# " + w, w + " #" }));
        _childPatterns = Prepare(childWords);
        _words = _agePatterns.Concat(_childPatterns).SelectMany(p => p.Tokens).Where(t => t != Number).ToFrozenSet(StringComparer.Ordinal);
        _agesByWord = ByWord(_agePatterns);
        _childrenByWord = ByWord(_childPatterns);
    }

    // Every word of every pattern: a message with none of them, and no number, has no age (most messages).
    private readonly FrozenSet<string> _words;

    // Each list's patterns (their indexes, in order) by their first word that is not the number: a pattern can only
    // match a message that has that word, so a message tries a handful of the hundreds of patterns, in their order.
    private readonly FrozenDictionary<string, int[]> _agesByWord;
    private readonly FrozenDictionary<string, int[]> _childrenByWord;

    // The number's place in a pattern's tokens ("#" in the file).
    private const string Number = "0";

    /// <summary>The age and under-18 a message states, or null when it says neither.</summary>
    public AgeFound? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(TextNormalizer.Tokenize(TextNormalizer.Normalize(text)));
    }

    /// <summary>The same on a message's tokens (<see cref="TextNormalizer.Tokenize"/> of the normalized text).</summary>
    public AgeFound? Find(string[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var split = SplitGluedNumbers(tokens);
        var hasNumber = false;
        var hasWord = false;
        foreach (var token in split)
        {
            hasNumber |= NumberOf(token) is not null;
            hasWord |= _words.Contains(token);
        }

        if (!hasWord)
        {
            return null;
        }

        // Most messages have no number and few of the words: a pattern is only tried when they are there.
        var words = split.ToHashSet(StringComparer.Ordinal);
        if (hasNumber)
        {
            foreach (var index in Candidates(_agesByWord, words))
            {
                if (Possible(_agePatterns[index], words, hasNumber) && Match(_agePatterns[index], split, 99) is { } age)
                {
                    return new AgeFound(age.Number, age.Number < 18, age.Words);
                }
            }
        }

        foreach (var index in Candidates(_childrenByWord, words))
        {
            if (Possible(_childPatterns[index], words, hasNumber) && Match(_childPatterns[index], split, MaxSchoolYear) is { } child)
            {
                return new AgeFound(null, true, child.Words);
            }
        }

        return null;
    }

    /// <summary>Every word of the pattern is in the message (the number's place needs a number).</summary>
    private static bool Possible(Pattern pattern, HashSet<string> words, bool hasNumber)
    {
        foreach (var token in pattern.Tokens)
        {
            if (token == Number ? !hasNumber : !words.Contains(token))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The indexes of the patterns filed under one of the message's words (or under none), in the patterns' order.</summary>
    private static List<int> Candidates(FrozenDictionary<string, int[]> byWord, HashSet<string> words)
    {
        var candidates = byWord.TryGetValue(string.Empty, out var wordless) ? [.. wordless] : new List<int>();
        foreach (var word in words)
        {
            if (byWord.TryGetValue(word, out var indexes))
            {
                candidates.AddRange(indexes);
            }
        }

        candidates.Sort();
        return candidates;
    }

    private static FrozenDictionary<string, int[]> ByWord(Pattern[] patterns)
        => Enumerable.Range(0, patterns.Length)
            .GroupBy(i => Array.Find(patterns[i].Tokens, t => t != Number) ?? string.Empty, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static Pattern[] Prepare(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => new Pattern(TextNormalizer.Tokenize(TextNormalizer.Normalize(p.Replace("#", " " + Number + " ", StringComparison.Ordinal)))))
            .Where(p => p.Tokens.Length > 0)];

    // "13yo" → "13" "yo"; "y9" stays (a school year typed so is rare and "y9" is not a number).
    private static string[] SplitGluedNumbers(string[] tokens)
    {
        List<string>? split = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var digits = 0;
            while (digits < token.Length && char.IsAsciiDigit(token[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits < token.Length)
            {
                split ??= [.. tokens[..i]];
                split.Add(token[..digits]);
                split.Add(token[digits..]);
            }
            else
            {
                split?.Add(token);
            }
        }

        return split is null ? tokens : [.. split];
    }

    private static (int Number, string Words)? Match(Pattern pattern, string[] tokens, int max)
    {
        var length = pattern.Tokens.Length;
        for (var start = 0; start + length <= tokens.Length; start++)
        {
            int? number = null;
            var matched = true;
            for (var j = 0; j < length && matched; j++)
            {
                var want = pattern.Tokens[j];
                var token = tokens[start + j];
                if (want == Number)
                {
                    number = NumberOf(token);
                    matched = number is >= 1 && number <= max;
                }
                else
                {
                    matched = want == token;
                }
            }

            if (!matched)
            {
                continue;
            }

            // A number last in the phrase must not be a quantity of something else.
            if (number is not null && pattern.Tokens[^1] == Number && start + length < tokens.Length && NotAnAgeAfter.Contains(tokens[start + length]))
            {
                continue;
            }

            return (number ?? 0, string.Join(' ', tokens, start, length));
        }

        return null;
    }

    private static int? NumberOf(string token)
    {
        if (token.Length is > 0 and <= 2 && char.IsAsciiDigit(token[0]) && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return EnglishNumberWords.TryGetValue(token, out var word) ? word : null;
    }

    private sealed record Pattern(string[] Tokens);
}
