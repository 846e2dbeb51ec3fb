using System.Collections.Concurrent;
using Lingua;

namespace SignpostBot.Dialogs.Localization;

/// <summary>
/// Which of the offered languages a message is written in, by SearchPioneer.Lingua restricted to those languages and to
/// a few the bot knows but does not speak (a smaller model set: less memory, fewer wrong guesses; the known ones keep
/// a French or Italian message from being taken for Vietnamese or Romanian), or by the Unicode range of a script every
/// offered language but one lacks (Ge'ez: Tigrinya). A guess needs a long enough message and a clear lead over the
/// runner-up. Links and e-mail addresses are not words of any language and are left out.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Fewer letters than this say too little: one word ("ok", "da", "nu") never flips a language.</summary>
    public const int MinLetters = 12;

    /// <summary>The fewest words a message needs before its language is guessed.</summary>
    public const int MinWords = 3;

    /// <summary>How far ahead of the runner-up (confidence 0..1) the best guess must be to count.</summary>
    public const double MinLead = 0.3;

    // Lingua's models are large and read once per process: one detector per set of languages, shared by every content version.
    private static readonly ConcurrentDictionary<string, Lazy<LanguageDetector>> Shared = new(StringComparer.Ordinal);

    private readonly Lingua.LanguageDetector? _lingua;
    private readonly Dictionary<Language, string> _tags;
    private readonly string? _geez;

    private LanguageDetector(IReadOnlyList<string> languages)
    {
        _tags = [];
        foreach (var tag in languages)
        {
            if (Lingua(tag) is { } language)
            {
                _tags.TryAdd(language, tag);
            }
        }

        _lingua = _tags.Count >= 2 ? LanguageDetectorBuilder.FromLanguages([.. _tags.Keys]).WithLowAccuracyMode().Build() : null;
        _geez = languages.FirstOrDefault(t => t == "ti" || t.StartsWith("ti-", StringComparison.Ordinal));
    }

    /// <summary>The detector for these language tags (base tags: <c>ro</c>, not <c>ro-RO</c>), built once per process.</summary>
    public static LanguageDetector For(IEnumerable<string> languages)
    {
        var tags = languages.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return Shared.GetOrAdd(string.Join(',', tags), _ => new Lazy<LanguageDetector>(() => new LanguageDetector(tags))).Value;
    }

    /// <summary>The language tag of the message, or null when it is too short or no language leads clearly.</summary>
    public string? Detect(string text)
    {
        text = WithoutLinks(text);
        var (letters, words, geez) = Count(text);
        if (letters < MinLetters && geez == 0)
        {
            return null;
        }

        if (_geez is not null && geez * 2 > letters)
        {
            return _geez; // a script Lingua may not weigh against the others: its Unicode block decides
        }

        if (_lingua is null || words < MinWords)
        {
            return null;
        }

        var values = _lingua.ComputeLanguageConfidenceValues(text);
        var ranked = values.OrderByDescending(v => v.Value).Take(2).ToArray();
        if (ranked.Length == 0 || ranked[0].Value - (ranked.Length > 1 ? ranked[1].Value : 0) < MinLead)
        {
            return null;
        }

        return _tags.GetValueOrDefault(ranked[0].Key);
    }

    /// <summary>The text without its links and e-mail addresses ("https://…", "www.…", "name@host"), which no language owns.</summary>
    public static string WithoutLinks(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase) && !text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !IsLink(w)));

        static bool IsLink(string word) => word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (word.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && word.IndexOf('.', at) > at);
    }

    private static (int Letters, int Words, int Geez) Count(string text)
    {
        int letters = 0, words = 0, geez = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                geez += c is >= '\u1200' and <= '\u139F' or >= '\u2D80' and <= '\u2DDF' ? 1 : 0;
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = char.IsLetter(c) || c is '\'' or '-';
            }
        }

        return (letters, words, geez);
    }

    private static Language? Lingua(string tag)
    {
        var code = tag.Split('-')[0];
        foreach (var language in Enum.GetValues<Language>())
        {
            if (language != Language.Unknown && string.Equals(LanguageInfo.IsoCode6391(language).ToString(), code, StringComparison.OrdinalIgnoreCase))
            {
                return language;
            }
        }

        return null;
    }
}
