using System.Collections.Frozen;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// Finds the country a message names: the bot's known countries (names and aliases from the knowledge files, which win
/// over anything else) and every region .NET knows (English and native names). Multi-word names, native scripts,
/// typos, flag emoji; ISO codes only in <see cref="MatchMode.Answer"/>, typed in capitals as the whole message.
/// Two different countries found equally → no answer.
/// </summary>
public sealed class CountryRecognizer
{
    // "of", "and" and their cousins in other languages are left out of multi-word names: "Bosnia & Herzegovina" = "Bosnia and Herzegovina".
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal, "the", "of", "and", "de", "du", "des", "la", "le", "el", "da", "do", "dos", "di", "del", "y", "e", "et", "und", "i");

    // Names that are also everyday English words or first names: inside a free message they count only after
    // "in", "from", "to"... ("I'm from Jordan", not "Jordan took my passport").
    internal static readonly FrozenSet<string> CommonWordNames = FrozenSet.Create(
        StringComparer.Ordinal,
        "chad", "jordan", "georgia", "turkey", "jersey", "guinea", "island", "china", "israel", "mali", "maurice", "frans", "holland", "keeling");

    internal static readonly FrozenSet<string> CueWords = FrozenSet.Create(
        StringComparer.Ordinal, "in", "from", "to", "at", "into", "near", "inside", "via", "of", "back", "visiting", "leaving", "left");

    // Short all-capital aliases ("UK", "RSA") also count as words in a sentence, unless they are common words.
    internal static readonly FrozenSet<string> CommonShortWords = FrozenSet.Create(
        StringComparer.Ordinal, "us", "in", "no", "it", "is", "at", "am", "me", "my", "be", "to", "so", "go", "do", "an", "as", "by",
        "he", "hi", "if", "of", "oh", "ok", "on", "or", "up", "we", "id", "im", "can", "man", "and", "are", "not", "the", "who");

    // A shouted "NO" is an answer, not Norway.
    private static readonly FrozenSet<string> CodesNotAccepted = FrozenSet.Create(StringComparer.Ordinal, "NO");

    private readonly string[] _codes;
    private readonly PhraseMatcher _matcher;
    private readonly Dictionary<string, int> _byCode;
    private readonly Dictionary<string, int> _byAlpha2;

    public CountryRecognizer(IEnumerable<CountryName> knownCountries)
    {
        ArgumentNullException.ThrowIfNull(knownCountries);
        var codeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        int IdOf(string code)
        {
            code = code.Trim().ToUpperInvariant();
            if (!codeIds.TryGetValue(code, out var id))
            {
                id = codes.Count;
                codeIds.Add(code, id);
                codes.Add(code);
            }

            return id;
        }

        var entries = new List<PhraseEntry>();
        var claimed = new Dictionary<string, int>(StringComparer.Ordinal); // normalized name → id; the knowledge files' names first
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        void AddName(int id, string name, bool known)
        {
            var normalized = TextNormalizer.Normalize(name);
            if (normalized.Length == 0 || (claimed.TryGetValue(normalized, out var owner) && (owner != id || !known)))
            {
                return; // already a known country's name: .NET's data does not take it from it
            }

            claimed[normalized] = id;
            var trimmed = name.Trim();
            var isCode = trimmed.Length is 2 or 3 && !trimmed.AsSpan().ContainsAnyExceptInRange('A', 'Z');
            if (isCode)
            {
                byCode.TryAdd(trimmed, id);
                if (CommonShortWords.Contains(normalized))
                {
                    return;
                }
            }

            entries.Add(new PhraseEntry(id, normalized, RequiresCue: CommonWordNames.Contains(normalized)));
        }

        foreach (var country in knownCountries)
        {
            var id = IdOf(country.Code);
            AddName(id, country.Name, known: true);
            foreach (var alias in country.Aliases)
            {
                AddName(id, alias, known: true);
            }
        }

        foreach (var region in RegionCatalog.All)
        {
            var id = IdOf(region.Code);
            foreach (var name in region.Names)
            {
                AddName(id, name, known: false);
            }

            byCode.TryAdd(region.ThreeLetterCode, id);
        }

        foreach (var (code, id) in codeIds)
        {
            byCode.TryAdd(code, id);
        }

        foreach (var code in CodesNotAccepted)
        {
            byCode.Remove(code);
        }

        _codes = [.. codes];
        _byCode = byCode;
        _byAlpha2 = codeIds;
        _matcher = new PhraseMatcher(entries, StopWords, CueWords);
    }

    public CountryMatch? Recognize(string text, MatchMode mode)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (mode == MatchMode.Answer && _byCode.TryGetValue(text.Trim().TrimEnd('.', '!'), out var codeId))
        {
            return new CountryMatch(_codes[codeId], 1);
        }

        var flag = FindFlag(text);
        if (flag == PhraseMatcher.Ambiguous)
        {
            return null;
        }

        var normalized = TextNormalizer.Normalize(text);
        var id = _matcher.Match(normalized, TextNormalizer.Tokenize(normalized), mode, out var score);
        if (id == PhraseMatcher.Ambiguous || (id >= 0 && flag >= 0 && id != flag))
        {
            return null;
        }

        if (id >= 0)
        {
            return new CountryMatch(_codes[id], score);
        }

        return flag >= 0 ? new CountryMatch(_codes[flag], 1) : null;
    }

    // A flag emoji is two regional indicator symbols: 🇷🇴 is R + O.
    private int FindFlag(string text)
    {
        var found = PhraseMatcher.NoMatch;
        var i = text.IndexOf('\uD83C', StringComparison.Ordinal);
        while (i >= 0 && i + 3 < text.Length)
        {
            if (RegionalLetter(text, i) is { } first && RegionalLetter(text, i + 2) is { } second)
            {
                if (_byAlpha2.TryGetValue(new string([first, second]), out var id))
                {
                    if (found >= 0 && found != id)
                    {
                        return PhraseMatcher.Ambiguous;
                    }

                    found = id;
                }

                i += 4;
            }
            else
            {
                i++;
            }

            i = text.IndexOf('\uD83C', i);
        }

        return found;
    }

    private static char? RegionalLetter(string text, int i) =>
        text[i] == '\uD83C' && text[i + 1] is >= '\uDDE6' and <= '\uDDFF' ? (char)('A' + (text[i + 1] - '\uDDE6')) : null;
}
