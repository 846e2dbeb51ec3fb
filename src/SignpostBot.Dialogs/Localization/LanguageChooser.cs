using System.Collections.Frozen;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Localization;

/// <summary>How a turn's language was decided.</summary>
public enum LanguageSource
{
    /// <summary>Kept from the conversation, from the activity's <c>locale</c>, or English.</summary>
    Kept,

    /// <summary>The whole message was a language's name ("Română", "Shqip", a Language button): a switch at any step.</summary>
    Named,

    /// <summary>The message was long enough, and clearly written in an offered language other than the conversation's.</summary>
    Detected,
}

/// <summary>The language a turn speaks, and the one the conversation had before it (for the one-tap undo).</summary>
/// <param name="Language">A normalized tag, or null (English).</param>
/// <param name="Previous">The conversation's language before this message (null: English).</param>
public sealed record LanguageDecision(string? Language, LanguageSource Source, string? Previous)
{
    /// <summary>
    /// The message is written in a language the bot knows but does not speak (French, German...): it cannot read it,
    /// so it says so and shows help with interpreters, in the conversation's language, which is kept.
    /// </summary>
    public bool Foreign { get; init; }

    /// <summary>This message moved the conversation to another language: the switch is said, with an undo button.</summary>
    public bool Switched => Source != LanguageSource.Kept && !LanguageChooser.SameLanguage(Language, Previous);
}

/// <summary>
/// The one place a turn's language is decided, in order: a language the person chose (its name typed or tapped, at any
/// step), the language of what they wrote (<see cref="LanguageDetector"/>), the conversation's language, the
/// activity's <c>locale</c>, English. Only offered languages (a language file that is not hidden, and an entry in
/// <c>languages.yaml</c>) are chosen.
/// </summary>
public sealed class LanguageChooser
{
    private readonly FrozenDictionary<string, SupportedLanguage> _byName;
    private readonly FrozenDictionary<string, SupportedLanguage> _byTag;
    private readonly LanguageDetector? _detector;
    private readonly SupportedLanguage[] _offered;

    /// <param name="known">
    /// Languages the bot knows words of (<c>dialogs/language/</c>) but does not offer: the detector weighs them too, so a
    /// message in one of them is not taken for the offered language it looks most like.
    /// </param>
    /// <param name="samples">
    /// Text known to be in each language (its language file's sentences, its understanding examples), by tag: their
    /// words are a second opinion beside the detector, so a short message is read by the words it shares with one
    /// language only ("Nu mă lasă să plec" is Romanian, although its letters look Spanish to a small model).
    /// </param>
    /// <param name="unspoken">
    /// Languages the bot cannot speak yet: their names, typed as a whole message, and their everyday words, in a language
    /// written in the letters of an offered one, get the interpreters reply (<see cref="LanguageDecision.Foreign"/>).
    /// </param>
    public LanguageChooser(IEnumerable<SupportedLanguage> languages, IReadOnlyList<string> offered, IEnumerable<(string Language, IEnumerable<string> Texts)>? samples = null, IEnumerable<string>? known = null, IEnumerable<UnspokenLanguage>? unspoken = null)
    {
        var supported = languages.Where(l => l.Offered && offered.Contains(l.Language)).ToArray();
        _offered = supported;
        _byTag = supported.ToFrozenDictionary(l => l.Language, StringComparer.Ordinal);
        var names = new Dictionary<string, SupportedLanguage>(StringComparer.Ordinal);
        foreach (var language in supported)
        {
            foreach (var name in language.Names)
            {
                names.TryAdd(TextNormalizer.Normalize(name).Trim(), language);
            }
        }

        _byName = names.ToFrozenDictionary(StringComparer.Ordinal);

        // A listed language that is not offered is not spoken either: its name gets the interpreters reply too.
        var unspokenList = (unspoken ?? []).ToArray();
        _unspokenNames = unspokenList.SelectMany(l => l.Names)
            .Concat(languages.Where(l => !supported.Contains(l)).SelectMany(l => l.Names))
            .Select(n => TextNormalizer.Normalize(n).Trim())
            .Where(n => !names.ContainsKey(n))
            .ToFrozenSet(StringComparer.Ordinal);
        _lookAlikes = [.. unspokenList
            .Where(l => l.Words.Count > 0)
            .Select(l => (Script: LanguageScript.Main(string.Join(' ', l.Words)) ?? LanguageScript.Other,
                Words: l.Words.Select(w => TextNormalizer.Normalize(w).Trim()).ToFrozenSet(StringComparer.Ordinal)))];

        // The offered languages written in one of those scripts (Tigrinya, by its own name's letters): only a guess of one of
        // them is weighed against the unspoken words, so every other message skips the check.
        _lookAlikeGuesses = supported.Where(l => _lookAlikes.Any(a => a.Script == LanguageScript.Main(l.OwnName)))
            .Select(l => Base(l.Language)).ToFrozenSet(StringComparer.Ordinal);
        _detector = supported.Length >= 2
            ? LanguageDetector.For(supported.Select(l => Base(l.Language)).Concat((known ?? []).Select(Base)))
            : null;

        // Each sample is normalized and split once, for both uses below: a start reads every translation and example.
        var sampled = (samples ?? []).Select(s => (s.Language, Words: s.Texts.SelectMany(t => TextNormalizer.Tokenize(TextNormalizer.Normalize(t))).ToList())).ToList();
        _vocabulary = supported.Length >= 2 ? Vocabulary(sampled, _byTag) : FrozenDictionary<string, string>.Empty;
        _known = sampled
            .GroupBy(s => Base(s.Language), StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.SelectMany(s => s.Words).ToFrozenSet(StringComparer.Ordinal),
                StringComparer.Ordinal);

        // The scripts the bot can read: those its languages' own names are written in (English's is Latin).
        _scripts = supported.Select(l => LanguageScript.Main(l.OwnName)).OfType<string>().Append("Latin").ToFrozenSet(StringComparer.Ordinal);
    }

    private readonly FrozenSet<string> _scripts;

    // The names of languages the bot does not speak, normalized: typed alone, each gets the interpreters reply.
    private readonly FrozenSet<string> _unspokenNames;

    // Each unspoken language with everyday words: the script they are written in, and the words.
    private readonly (string Script, FrozenSet<string> Words)[] _lookAlikes;

    // Base tags of the offered languages written in a script an unspoken language with words shares.
    private readonly FrozenSet<string> _lookAlikeGuesses;

    /// <summary>
    /// Whether a message the detector read as <paramref name="guess"/> (an offered language) is rather an unspoken language
    /// written in the same letters: more of its words are that language's own than the guess's own (words both use count
    /// for neither). Ge'ez is Tigrinya's script and Amharic's, and no library here tells them apart.
    /// </summary>
    private bool LooksLikeUnspoken(string guess, string text)
    {
        if (!_lookAlikeGuesses.Contains(Base(guess)) || LanguageScript.Main(text) is not { } script)
        {
            return false;
        }

        var own = _known.GetValueOrDefault(Base(guess));
        var tokens = TextNormalizer.Tokenize(TextNormalizer.Normalize(text));
        foreach (var (lookScript, words) in _lookAlikes)
        {
            if (!string.Equals(lookScript, script, StringComparison.Ordinal))
            {
                continue;
            }

            int theirs = 0, ours = 0;
            foreach (var token in tokens)
            {
                var isTheirs = words.Contains(token);
                var isOurs = own?.Contains(token) == true;
                theirs += isTheirs && !isOurs ? 1 : 0;
                ours += isOurs && !isTheirs ? 1 : 0;
            }

            if (theirs > ours)
            {
                return true;
            }
        }

        return false;
    }

    // Every word each language's samples use, by base language: a message made of them is in that language.
    private readonly FrozenDictionary<string, FrozenSet<string>> _known;

    /// <summary>
    /// The share of a message's words (in tenths) that must be words the conversation's language already uses for the
    /// message to count as written in it, without asking the detector (which costs far more than a look-up).
    /// </summary>
    public const int KnownWordsTenths = 7;

    /// <summary>
    /// The share of a message's words (in tenths) that, when they are words an offered language's samples use, keep the
    /// message from being read as a language the bot does not speak: a short message's letters can look foreign.
    /// </summary>
    public const int OwnWordsTenths = 5;

    /// <summary>Whether most of the message's words (at least <paramref name="tenths"/> tenths) are words the language's own samples use.</summary>
    private bool WrittenIn(string? language, string text, int tenths = KnownWordsTenths)
    {
        if (!_known.TryGetValue(Base(language), out var words))
        {
            return false;
        }

        var tokens = TextNormalizer.Tokenize(TextNormalizer.Normalize(text));
        var known = 0;
        foreach (var token in tokens)
        {
            known += words.Contains(token) ? 1 : 0;
        }

        return tokens.Length > 0 && known * 10 >= tokens.Length * tenths;
    }

    // A word → the one offered language whose samples use it; words two or more languages use are left out.
    private readonly FrozenDictionary<string, string> _vocabulary;

    /// <summary>How many of a message's words must belong to one language alone before they decide its language.</summary>
    public const int DistinctiveWords = 2;

    /// <param name="samples">Each sample's words, normalized and split (<see cref="TextNormalizer"/>).</param>
    private static FrozenDictionary<string, string> Vocabulary(IEnumerable<(string Language, List<string> Words)> samples, FrozenDictionary<string, SupportedLanguage> offered)
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (language, words) in samples)
        {
            var tag = LanguageTag.Normalize(language);
            if (tag is null || !(offered.ContainsKey(tag) || tag == LanguageTag.English))
            {
                continue;
            }

            foreach (var word in words)
            {
                if (word.Length > 1 && !word.Any(char.IsAsciiDigit))
                {
                    (owners.TryGetValue(word, out var set) ? set : owners[word] = new HashSet<string>(StringComparer.Ordinal)).Add(tag);
                }
            }
        }

        return owners.Where(o => o.Value.Count == 1).ToFrozenDictionary(o => o.Key, o => o.Value.First(), StringComparer.Ordinal);
    }

    /// <summary>The language most of a message's distinctive words belong to, when it has enough of them and leads clearly; else null.</summary>
    private string? ByWords(string text)
    {
        if (_vocabulary.Count == 0)
        {
            return null;
        }

        // As for the detector, a message too short to say much never flips the language.
        var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(text));
        if (words.Length < LanguageDetector.MinWords)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (_vocabulary.TryGetValue(word, out var language))
            {
                counts[language] = counts.GetValueOrDefault(language) + 1;
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value).Take(2).ToArray();
        return ranked.Length > 0 && ranked[0].Value >= DistinctiveWords && (ranked.Length == 1 || ranked[0].Value >= 2 * ranked[1].Value) ? ranked[0].Key : null;
    }

    /// <summary>
    /// Whether a message is written in a script none of the offered languages uses (Chinese, Hindi, Amharic when no
    /// language in Ge'ez is offered): the bot cannot read it at all, so it says so and shows help with interpreters.
    /// </summary>
    public bool CannotRead(string text) => LanguageScript.Main(text) is { } script && !_scripts.Contains(script);

    /// <summary>Every language a person may choose, in the order of <c>languages.yaml</c>.</summary>
    public IReadOnlyList<SupportedLanguage> Offered => _offered;

    /// <summary>The offered language with this tag (or its base language), else null.</summary>
    public SupportedLanguage? Find(string? language)
    {
        for (var tag = LanguageTag.Normalize(language); tag is not null; tag = LanguageTag.Parent(tag))
        {
            if (_byTag.TryGetValue(tag, out var found))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The language for a turn; <paramref name="text"/> is the message's text (null for other activities).</summary>
    /// <param name="kept">The conversation's language so far (its state), or null.</param>
    public LanguageDecision Choose(string? kept, string? text, string? locale)
    {
        var previous = kept ?? LanguageTag.Normalize(locale);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(previous, LanguageSource.Kept, previous);
        }

        var whole = TextNormalizer.Normalize(text).Trim();
        if (_byName.TryGetValue(whole, out var named))
        {
            return new(SameLanguage(named.Language, previous) ? previous : named.Language, LanguageSource.Named, previous);
        }

        if (_unspokenNames.Contains(whole))
        {
            // "Français", "Deutsch", "አማርኛ": a language asked for that the bot does not speak, not a country or an answer.
            return new(previous, LanguageSource.Kept, previous) { Foreign = true };
        }

        // A message in the conversation's own words stays in its language; else a language the bot does not speak keeps
        // it (the words it shares with an offered language are not that language's: French "mon" and "ai"), else the
        // words that clearly belong to one language decide, else the detector's guess. A short message's letters can look
        // foreign ("I don't want to die"), so one made of an offered language's own words is never foreign. Links belong
        // to no language.
        var prose = LanguageDetector.WithoutLinks(text);
        if (!WrittenIn(previous, prose))
        {
            var guess = _detector?.Detect(prose);
            if (guess is not null && Find(guess) is not null && LooksLikeUnspoken(guess, prose))
            {
                return new(previous, LanguageSource.Kept, previous) { Foreign = true };
            }

            if (guess is not null && Find(guess) is null && !SameLanguage(guess, LanguageTag.English) && !_known.Keys.Any(l => WrittenIn(l, prose, OwnWordsTenths)))
            {
                return new(previous, LanguageSource.Kept, previous) { Foreign = true };
            }

            if ((ByWords(prose) ?? guess) is { } detected && !SameLanguage(detected, previous))
            {
                return new(detected, LanguageSource.Detected, previous);
            }
        }

        return new(previous, LanguageSource.Kept, previous);
    }

    /// <summary>The same base language ("en-GB" and "en"; null is English).</summary>
    public static bool SameLanguage(string? a, string? b) => string.Equals(Base(a), Base(b), StringComparison.Ordinal);

    private static string Base(string? tag)
    {
        var normalized = LanguageTag.Normalize(tag) ?? LanguageTag.English;
        var dash = normalized.IndexOf('-');
        return dash > 0 ? normalized[..dash] : normalized;
    }
}
