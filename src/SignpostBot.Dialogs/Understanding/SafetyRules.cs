using System.Collections.Frozen;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Understanding;

/// <summary>What a safety rule found in a message: thoughts of suicide or self-harm come before danger.</summary>
public enum SafetyKind
{
    None,
    SelfHarm,
    Danger,
}

/// <summary>A safety phrase found in a message: its kind, the phrase as written in the file, and the file's language.</summary>
public readonly record struct SafetyMatch(SafetyKind Kind, string Phrase, string Language)
{
    public static readonly SafetyMatch None = new(SafetyKind.None, string.Empty, string.Empty);
}

/// <summary>
/// The danger and self-harm phrases of every language's <c>dialogs/understanding/&lt;lang&gt;.yaml</c> (<c>rules</c>),
/// matched together: people mix languages, so a Romanian phrase counts in an English conversation. A phrase counts
/// anywhere in a message unless one of its language's <c>negations</c> is right before it ("not in danger"); a
/// negation does not deny danger when it pleads, i.e. right after one of the <c>pleas</c> of any language ("please
/// don't hurt me") or when it is one of its language's <c>imperatives</c> and opens the message ("don't kill me").
/// </summary>
/// <remarks>
/// How a phrase's words match a message's words (both normalized by <see cref="TextNormalizer"/>): exactly; as a
/// prefix when the word ends in <c>*</c> in the file (<c>kidnap*</c> matches "kidnapped", "kidnapers"); and with one
/// typing slip (<see cref="EditDistance"/>) when the word has at least <see cref="FuzzyLength"/> letters, since no
/// everyday word sits one slip from "suicidal" or "kidnapped" while short words ("hurt", "hunt") do.
/// It runs on every message: lookups by first word, no LINQ and no allocation while matching.
/// </remarks>
public sealed class SafetyRules
{
    /// <summary>Words at least this long match with one typing slip.</summary>
    public const int FuzzyLength = 8;

    /// <summary>The shortest stem a <c>*</c> word may have: shorter ones match too many ordinary words.</summary>
    public const int MinimumStem = 3;

    private readonly Phrase[] _phrases;

    // Each kind's phrases by their first word, by the stem their first word starts with, and (for a first word that
    // allows a slip) by its first letter, which a slip never changes: a message's word looks up only the phrases that
    // can start at it.
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>>[] _byFirstWord;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>>[] _byFirstStem;
    private readonly FrozenDictionary<char, int[]>[] _fuzzyByFirstLetter;
    private readonly string[][] _pleas;
    private readonly FrozenDictionary<string, string[][]> _negationsByFirstWord;
    private readonly string[] _joined;

    public SafetyRules(IEnumerable<UnderstandingExamples> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var phrases = new List<Phrase>();
        var pleas = new List<string[]>();
        var negations = new List<string[]>();
        var joined = new List<string>();
        // English, the language the content is written in, first: its phrases are the ones prove tries first and explain names.
        foreach (var language in languages.OrderBy(l => l.Language != LanguageTag.English))
        {
            var denial = new Denial(Words(language.Negations), Words(language.Imperatives));
            phrases.AddRange(language.SelfHarm.Select(p => Phrase.Parse(p, SafetyKind.SelfHarm, language.Language, denial)).Where(p => p.Words.Length > 0));
            phrases.AddRange(language.Danger.Select(p => Phrase.Parse(p, SafetyKind.Danger, language.Language, denial)).Where(p => p.Words.Length > 0));
            pleas.AddRange(Words(language.Pleas));
            negations.AddRange(Words(language.Negations));
            joined.AddRange(language.Joined.Select(TextNormalizer.Normalize).Where(j => j.Length > 0 && !j.Contains(' ', StringComparison.Ordinal)));
        }

        // The same words in several languages ("suicid*" in en, es and pt) are one phrase, denied by any of their negations.
        _phrases = phrases
            .GroupBy(p => (p.Kind, p.Key))
            .Select(g => g.First() with { Language = string.Join(", ", g.Select(p => p.Language).Distinct()), Denials = [.. g.SelectMany(p => p.Denials).Distinct()] })
            .ToArray();
        var kinds = Enum.GetValues<SafetyKind>();
        _byFirstWord = [.. kinds.Select(kind => Index(kind, p => !p.Words[0].Stem, w => w.Text, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>())];
        _byFirstStem = [.. kinds.Select(kind => Index(kind, p => p.Words[0].Stem, w => w.Text[..MinimumStem], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>())];
        _fuzzyByFirstLetter = [.. kinds.Select(kind => Index(kind, p => p.Words[0].Fuzzy, w => w.Text[0], EqualityComparer<char>.Default))];
        _pleas = Distinct(pleas);
        _negationsByFirstWord = Distinct(negations).GroupBy(n => n[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _joined = [.. joined.Distinct(StringComparer.Ordinal)];
        DangerPhrases = ProbeTexts(SafetyKind.Danger);
        SelfHarmPhrases = ProbeTexts(SafetyKind.SelfHarm);
        DangerSamples = languages.OrderBy(l => l.Language != LanguageTag.English)
            .Select(l => l.Danger.Select(p => Phrase.Parse(p, SafetyKind.Danger, l.Language, Denial.None)).FirstOrDefault(p => p.Words.Length > 0)?.ProbeText)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Whether the message has a negation of any language ("not", "nobody", "nu", "не"): a message that denies
    /// something. The classifier reads words without their order, so "I'm not in danger" looks like danger to it; only
    /// the rules, which know what a negation denies, decide such a message.
    /// </summary>
    public bool HasNegation(string[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var start = 0; start < tokens.Length; start++)
        {
            if (_negationsByFirstWord.TryGetValue(tokens[start], out var negations))
            {
                foreach (var negation in negations)
                {
                    if (SequenceAt(tokens, start, negation))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The first danger phrase of each language, English first, as a message that matches it: what <c>prove</c> sends
    /// at the first question to see the engine show the emergency number in every language (every phrase matching as
    /// danger is a unit test, not a conversation, so start-up stays fast).
    /// </summary>
    public IReadOnlyList<string> DangerSamples { get; }

    /// <summary>Every danger phrase as a message that matches it (stems without their <c>*</c>), for <c>prove</c> to try.</summary>
    public IReadOnlyList<string> DangerPhrases { get; }

    /// <summary>Every self-harm phrase as a message that matches it, for <c>prove</c> to try.</summary>
    public IReadOnlyList<string> SelfHarmPhrases { get; }

    /// <summary>
    /// A self-harm phrase found in the message's words, else a danger phrase, else <see cref="SafetyMatch.None"/>.
    /// <paramref name="tokens"/> are <see cref="TextNormalizer.Tokenize"/>'s words of the normalized message.
    /// </summary>
    public SafetyMatch Find(string[] tokens)
    {
        var selfHarm = Find(tokens, SafetyKind.SelfHarm);
        return selfHarm.Kind != SafetyKind.None ? selfHarm : Find(tokens, SafetyKind.Danger);
    }

    /// <summary>The same as <see cref="Find(string[])"/> over raw text, however long.</summary>
    public SafetyMatch Find(string text) => Find(TextNormalizer.Tokenize(TextNormalizer.Normalize(text)));

    /// <summary>The first phrase of this kind found in the message's words, or <see cref="SafetyMatch.None"/>.</summary>
    public SafetyMatch Find(string[] tokens, SafetyKind kind)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var start = 0; start < tokens.Length; start++)
        {
            var found = FirstAt(tokens, start, 0, kind);
            foreach (var joined in _joined)
            {
                // "وما يخلوني": a conjunction written onto the first word of a phrase.
                if (found < 0 && tokens[start].Length > joined.Length + 1 && tokens[start].StartsWith(joined, StringComparison.Ordinal))
                {
                    found = FirstAt(tokens, start, joined.Length, kind);
                }
            }

            if (found >= 0)
            {
                var phrase = _phrases[found];
                return new SafetyMatch(phrase.Kind, phrase.Text, phrase.Language);
            }
        }

        return SafetyMatch.None;
    }

    /// <summary>A phrase of this kind starting at word <paramref name="start"/>, its first <paramref name="skip"/> letters left out; -1 when none.</summary>
    private int FirstAt(string[] tokens, int start, int skip, SafetyKind kind)
    {
        var first = tokens[start].AsSpan(skip);
        var found = _byFirstWord[(int)kind].TryGetValue(first, out var exact) ? FirstAt(exact, tokens, start, skip, kind) : -1;
        if (found < 0 && first.Length >= MinimumStem && _byFirstStem[(int)kind].TryGetValue(first[..MinimumStem], out var stems))
        {
            found = FirstAt(stems, tokens, start, skip, kind);
        }

        if (found < 0 && first.Length >= FuzzyLength - 1 && _fuzzyByFirstLetter[(int)kind].TryGetValue(first[0], out var fuzzy))
        {
            found = FirstAt(fuzzy, tokens, start, skip, kind);
        }

        return found;
    }

    private int FirstAt(int[] candidates, string[] tokens, int start, int skip, SafetyKind kind)
    {
        foreach (var index in candidates)
        {
            var phrase = _phrases[index];
            if (phrase.Kind == kind && phrase.MatchesAt(tokens, start, skip) && !IsDenied(tokens, start, phrase))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when a negation of the phrase's own language (or languages) is right before it: Albanian "s'" must not
    /// deny English "he's hitting me". Only the words right before count, so "he won't stop hurting me" is still danger: a missed
    /// "not" costs a repeated number, a missed danger far more.
    /// </summary>
    private bool IsDenied(string[] tokens, int start, Phrase phrase)
    {
        // "please do not hurt me": "not" alone would deny, but "do not" after "please" pleads, and a plea wins.
        var denied = false;
        foreach (var denial in phrase.Denials)
        {
            foreach (var negation in denial.Negations)
            {
                var at = start - negation.Length;
                if (at >= 0 && SequenceAt(tokens, at, negation))
                {
                    if (phrase.Kind == SafetyKind.Danger && Pleads(tokens, at, negation.Length, denial))
                    {
                        return false;
                    }

                    denied = true;
                }
            }
        }

        return denied;
    }

    /// <summary>
    /// A negation of <paramref name="length"/> words at <paramref name="at"/> pleads: after a plea word of any language
    /// ("please", "pls"), or an imperative of the phrase's language opening the message ("don't kill me").
    /// </summary>
    private bool Pleads(string[] tokens, int at, int length, Denial denial)
    {
        foreach (var plea in _pleas)
        {
            if (at >= plea.Length && SequenceAt(tokens, at - plea.Length, plea))
            {
                return true;
            }
        }

        if (at == 0)
        {
            foreach (var imperative in denial.Imperatives)
            {
                if (imperative.Length == length && SequenceAt(tokens, 0, imperative))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SequenceAt(string[] tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Length)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!string.Equals(tokens[start + i], words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The indexes of one kind's phrases that <paramref name="include"/> takes, by a key of their first word, in the phrases' order.</summary>
    private FrozenDictionary<TKey, int[]> Index<TKey>(SafetyKind kind, Func<Phrase, bool> include, Func<PhraseWord, TKey> key, IEqualityComparer<TKey> comparer)
        where TKey : notnull
        => Enumerable.Range(0, _phrases.Length)
            .Where(i => _phrases[i].Kind == kind && include(_phrases[i]))
            .GroupBy(i => key(_phrases[i].Words[0]), comparer)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), comparer);

    private string[] ProbeTexts(SafetyKind kind)
        => _phrases.Where(p => p.Kind == kind).Select(p => p.ProbeText).Distinct(StringComparer.Ordinal).ToArray();

    private static List<string[]> Words(IEnumerable<string> phrases)
        => phrases.Select(p => TextNormalizer.Tokenize(TextNormalizer.Normalize(p))).Where(w => w.Length > 0).ToList();

    private static string[][] Distinct(List<string[]> phrases)
        => phrases.DistinctBy(p => string.Join(' ', p), StringComparer.Ordinal).ToArray();

    /// <summary>One language's words that deny a phrase right after them, and those of them that also command.</summary>
    private sealed class Denial(List<string[]> negations, List<string[]> imperatives)
    {
        public static readonly Denial None = new([], []);

        public string[][] Negations { get; } = Distinct(negations);

        public string[][] Imperatives { get; } = Distinct(imperatives);
    }

    /// <summary>One word of a phrase, normalized: whole, a stem (written with <c>*</c>), or long enough to allow a slip.</summary>
    private readonly record struct PhraseWord(string Text, bool Stem)
    {
        public bool Fuzzy => !Stem && Text.Length >= FuzzyLength;

        public bool Matches(ReadOnlySpan<char> token)
        {
            if (Stem)
            {
                return token.StartsWith(Text, StringComparison.Ordinal);
            }

            if (token.SequenceEqual(Text))
            {
                return true;
            }

            return Fuzzy && Math.Abs(token.Length - Text.Length) <= 1 && token[0] == Text[0] && EditDistance.Bounded(token, Text, 1) <= 1;
        }
    }

    private sealed record Phrase(SafetyKind Kind, string Text, string Language, Denial[] Denials, PhraseWord[] Words)
    {
        /// <summary>A message that matches the phrase: its words, stems without their <c>*</c>.</summary>
        public string ProbeText => string.Join(' ', Words.Select(w => w.Text));

        /// <summary>The phrase's words as matched, stems marked, so the same phrase in two files is one.</summary>
        public string Key => string.Join(' ', Words.Select(w => w.Stem ? w.Text + "*" : w.Text));

        /// <summary>
        /// A phrase as written: words separated by spaces, a word ending in <c>*</c> a stem. A stem shorter than
        /// <see cref="MinimumStem"/> is read as a whole word (validation reports it).
        /// </summary>
        public static Phrase Parse(string text, SafetyKind kind, string language, Denial denial)
        {
            var words = new List<PhraseWord>();
            foreach (var written in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var stem = written.EndsWith('*');
                var parts = TextNormalizer.Tokenize(TextNormalizer.Normalize(written.TrimEnd('*')));
                for (var i = 0; i < parts.Length; i++)
                {
                    words.Add(new PhraseWord(parts[i], stem && i == parts.Length - 1 && parts[i].Length >= MinimumStem));
                }
            }

            return new Phrase(kind, text, language, [denial], [.. words]);
        }

        /// <summary>The phrase at word <paramref name="start"/>, the first word's first <paramref name="skip"/> letters left out.</summary>
        public bool MatchesAt(string[] tokens, int start, int skip)
        {
            if (start + Words.Length > tokens.Length)
            {
                return false;
            }

            for (var i = 0; i < Words.Length; i++)
            {
                if (!Words[i].Matches(i == 0 ? tokens[start].AsSpan(skip) : tokens[start + i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
