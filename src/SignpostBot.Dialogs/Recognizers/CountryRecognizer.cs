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
    // A shouted "NO" is an answer, not Norway.
    private static readonly FrozenSet<string> CodesNotAccepted = FrozenSet.Create(StringComparer.Ordinal, "NO");

    private readonly string[] _codes;
    private readonly PhraseMatcher _matcher;
    private readonly Dictionary<string, int> _byCode;
    private readonly Dictionary<string, int> _byAlpha2;

    /// <param name="words">Stop, cue and everyday words and everyday country names of <c>dialogs/language/</c>.</param>
    public CountryRecognizer(IEnumerable<CountryName> knownCountries, RecognizerWords words)
    {
        ArgumentNullException.ThrowIfNull(knownCountries);
        ArgumentNullException.ThrowIfNull(words);
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
                if (words.NotCountryCodes.Contains(normalized))
                {
                    return;
                }
            }

            entries.Add(new PhraseEntry(id, normalized, RequiresCue: words.CountryNamesNeedingCue.Contains(normalized)));
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
            foreach (var name in region.Names.Concat(words.CountryNames[region.Code]))
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
        _matcher = new PhraseMatcher(entries, words.CountryStopWords, words.CountryCueWords);
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
