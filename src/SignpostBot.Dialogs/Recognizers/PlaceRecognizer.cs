using System.Collections.Frozen;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// Finds, in a free message, the country where the writer (or the person at risk) is, and a country named only as
/// where someone comes from. Countries by name, native name and alias (the knowledge files' first, then every region
/// .NET knows), and towns of the <see cref="CityGazetteer"/> (Birmingham is GB). A country after "from" or "born in",
/// or as a people ("Romanian"), is an origin; a place after "in", "at", "to"..., or the whole message, is where they are.
/// Exact words first, in a single pass over the tokens; the <see cref="CountryRecognizer"/>'s typo-tolerant match only
/// when no exact name is there. Thread-safe once built; built once per content load.
/// </summary>
public sealed class PlaceRecognizer
{
    private const int LongestName = 4; // tokens: "bosnia and herzegovina", "newcastle upon tyne"
    private const int BigTown = 100; // thousands of people: a town this big counts without a cue word
    private const int MinLooseLength = 6; // a name this long may be inflected or misspelt after a cue word
    private const int MaxShortMessage = 2; // tokens: a message this short may be just a place, so the looser matches apply
    private const int MaxEnding = 4;
    private const int MaxFunctionWord = 3; // letters: "من", "din", "aus" are function words; "born", "nascut" are not // letters an inflection may add after a country name's stem ("niemc|zech")

    private readonly FrozenDictionary<string, Place> _places;
    private readonly FrozenDictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly CountryRecognizer? _fuzzy;
    private readonly FrozenDictionary<string, Place> _stems;
    private readonly (string Name, Place Place)[] _loose;
    private readonly FrozenSet<string> _hereCues;
    private readonly FrozenSet<string> _originCues;
    private readonly FrozenSet<string> _fromHereVerbs;
    private readonly FrozenSet<string> _commonWordTowns;
    private readonly string[][] _elsewhere;
    private readonly IReadOnlyList<string> _peopleEndings;

    /// <param name="knownCountries">The bot's countries (knowledge/countries.yaml): their names and aliases win.</param>
    /// <param name="words">The language files' everyday country names, names needing a cue, words that are not codes, and
    /// the place cue words (<see cref="RecognizerWords.PlaceCueWords"/>, origin cues, towns that are everyday words).</param>
    /// <param name="fuzzy">The recognizer for typos and flags when no exact name is found; null for exact names only.</param>
    public PlaceRecognizer(IEnumerable<CountryName> knownCountries, RecognizerWords words, CountryRecognizer? fuzzy = null)
    {
        ArgumentNullException.ThrowIfNull(knownCountries);
        ArgumentNullException.ThrowIfNull(words);
        _fuzzy = fuzzy;
        _hereCues = words.PlaceCueWords;
        _originCues = words.OriginCueWords;
        _fromHereVerbs = words.FromHereVerbs;
        _commonWordTowns = words.TownsNeedingCue;
        _elsewhere = [.. words.ElsewhereWords.Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0)];
        _peopleEndings = words.PeopleEndings;
        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        void Add(string code, string name, CountryMentionSource source, bool requiresCue)
        {
            var normalized = TextNormalizer.Normalize(name);
            if (normalized.Length < 2 || (normalized.Length == 2 && normalized != "uk") || words.NotCountryCodes.Contains(normalized) || words.NotPlaces.Contains(normalized))
            {
                return;
            }

            places.TryAdd(normalized, new Place(code.ToUpperInvariant(), source, requiresCue || words.CountryNamesNeedingCue.Contains(normalized)));
        }

        foreach (var country in knownCountries)
        {
            Add(country.Code, country.Name, CountryMentionSource.CountryName, false);
            foreach (var alias in country.Aliases)
            {
                Add(country.Code, alias, CountryMentionSource.CountryName, false);
            }
        }

        foreach (var region in RegionCatalog.All)
        {
            foreach (var name in region.Names.Concat(words.CountryNames[region.Code]))
            {
                Add(region.Code, name, CountryMentionSource.CountryName, false);
            }
        }

        foreach (var (code, name) in CityGazetteer.CountryNames)
        {
            var normalized = TextNormalizer.Normalize(name);
            Add(code, name, CountryMentionSource.CountryName, normalized.Length <= 3);
        }

        foreach (var city in CityGazetteer.All)
        {
            var normalized = TextNormalizer.Normalize(city.Name);
            Add(city.Country, city.Name, CountryMentionSource.City,
                city.ThousandsOfPeople < BigTown || normalized.Length <= 3 || _commonWordTowns.Contains(normalized));
        }

        _places = places.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _places.GetAlternateLookup<ReadOnlySpan<char>>();

        // One-word names of countries and big towns, for the inflected and misspelt forms after a cue word.
        var stems = new Dictionary<string, Place?>(StringComparer.Ordinal);
        var loose = new List<(string Name, Place Place)>();
        foreach (var (name, place) in places)
        {
            if (name.Length < MinLooseLength || name.Contains(' ', StringComparison.Ordinal) || (place.Source == CountryMentionSource.City && place.RequiresCue && !_commonWordTowns.Contains(name)))
            {
                continue;
            }

            loose.Add((name, place));
            if (place.Source == CountryMentionSource.CountryName)
            {
                var stem = name[..^1]; // only countries' names are inflected here: towns' endings are too often other words
                stems[stem] = stems.TryGetValue(stem, out var other) && other is { } o && o.Code != place.Code ? null : place;
            }
        }

        _stems = stems.Where(p => p.Value is not null).ToFrozenDictionary(p => p.Key, p => p.Value!.Value, StringComparer.Ordinal);
        _loose = [.. loose];
    }

    /// <summary>How many names and towns it knows (for the memory measurement).</summary>
    public int Count => _places.Count;

    /// <summary>Where the writer is and where someone comes from, in a message as typed.</summary>
    public WhereFound Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        return FindWhereTheWriterIs(normalized, TextNormalizer.Tokenize(normalized), text);
    }

    /// <summary>
    /// The same on a message already normalized (<see cref="TextNormalizer.Normalize"/>) and tokenized
    /// (<see cref="TextNormalizer.Tokenize"/>); <paramref name="original"/> is the text as typed, for flag emoji (optional).
    /// </summary>
    public WhereFound FindWhereTheWriterIs(string normalized, string[] tokens, string? original = null)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(tokens);
        CountryMention? best = null;
        var bestStrength = 0;
        CountryMention? origin = null;
        for (var i = 0; i < tokens.Length;)
        {
            if (!TryPlaceAt(normalized, tokens, i, out var place, out var length, out var words))
            {
                // A people ("romanian") is an origin, before the loose match could read it as a misspelt country.
                if (PeopleOf(tokens[i]) is { } people)
                {
                    origin ??= people;
                    i++;
                    continue;
                }

                if (!((tokens.Length <= MaxShortMessage || (i > 0 && _hereCues.Contains(tokens[i - 1]))) && TryLoose(tokens[i], out place, out length, out words)))
                {
                    i++;
                    continue;
                }
            }

            var mention = new CountryMention(place.Code, place.Source, words);
            var strength = StrengthAt(tokens, i, length, place.RequiresCue);
            if (strength < 0)
            {
                origin ??= mention;
            }
            else if (strength > bestStrength)
            {
                best = mention;
                bestStrength = strength;
            }

            i += length;
        }

        if (best is null && _fuzzy is not null && origin is null && tokens.Length <= MaxShortMessage
            && _fuzzy.Recognize(original ?? normalized, MatchMode.Find) is { } fuzzy)
        {
            best = new CountryMention(fuzzy.Code, CountryMentionSource.Fuzzy, normalized);
        }

        return best is null && origin is null ? WhereFound.Nothing : new WhereFound(best, origin);
    }

    // The longest known name starting at token i.
    private bool TryPlaceAt(string normalized, string[] tokens, int i, out Place place, out int length, out string words)
    {
        var longest = Math.Min(LongestName, tokens.Length - i);
        Span<char> buffer = stackalloc char[Math.Min(normalized.Length, 256)];
        for (length = longest; length >= 1; length--)
        {
            var written = 0;
            var fits = true;
            for (var j = 0; j < length && fits; j++)
            {
                var token = tokens[i + j];
                if (written + token.Length + (j > 0 ? 1 : 0) > buffer.Length)
                {
                    fits = false;
                    break;
                }

                if (j > 0)
                {
                    buffer[written++] = ' ';
                }

                token.CopyTo(buffer[written..]);
                written += token.Length;
            }

            if (fits && _lookup.TryGetValue(buffer[..written], out place))
            {
                words = buffer[..written].ToString();
                return true;
            }
        }

        place = default;
        words = string.Empty;
        length = 0;
        return false;
    }

    // An inflected name ("niemczech" of "niemcy", "лондоне" of "лондон") or a misspelt one ("manchestr"), one word long.
    private bool TryLoose(string token, out Place place, out int length, out string words)
    {
        length = 1;
        words = token;
        for (var end = token.Length; end >= Math.Max(MinLooseLength - 1, token.Length - MaxEnding); end--)
        {
            if (_stems.TryGetValue(token[..end], out place))
            {
                return true;
            }
        }

        var tolerance = EditDistance.ToleranceFor(token.Length);
        if (token.Length >= MinLooseLength && tolerance > 0)
        {
            foreach (var (name, candidate) in _loose)
            {
                if (Math.Abs(name.Length - token.Length) <= tolerance && EditDistance.Bounded(token, name, tolerance) <= tolerance)
                {
                    place = candidate;
                    return true;
                }
            }
        }

        place = default;
        return false;
    }

    // 3: after a "here" cue; 2: the whole message; 1: named without a cue; 0: does not count; -1: an origin. A town that needs a
    // cue (a small one, or one whose name is an everyday word: "orange", "nice", "reading") does not count alone, even as the
    // whole message: read as its country, a word would send the person to another country's lines.
    private int StrengthAt(string[] tokens, int start, int length, bool requiresCue)
    {
        for (var back = 1; back <= 3 && start - back >= 0; back++)
        {
            var word = tokens[start - back];
            if (_originCues.Contains(word))
            {
                return start - back - 1 >= 0 && _fromHereVerbs.Contains(tokens[start - back - 1]) ? 3 : -1;
            }

            if (_hereCues.Contains(word))
            {
                // "born in" is an origin; a short function word before the cue is not ("من تو": Arabic "from" is Persian "I").
                var cue = start - back;
                if (cue >= 1 && tokens[cue - 1].Length > MaxFunctionWord && _originCues.Contains(tokens[cue - 1]))
                {
                    return -1;
                }

                // "my family in Albania", "familjen time ne Shqiperi", "send me back to Romania": somewhere else.
                return EndsWithElsewhere(tokens, cue) ? -1 : 3;
            }

            if (back == 1 && word is not ("the" or "of" or "city" or "central"))
            {
                break; // only "in the north of X" style words may stand between a cue and a place
            }
        }

        if (requiresCue)
        {
            return 0;
        }

        return tokens.Length == length ? 2 : 1;
    }

    // Whether the words just before tokens[cue] are an elsewhere phrase ("my family", "back").
    private bool EndsWithElsewhere(string[] tokens, int cue)
    {
        foreach (var phrase in _elsewhere)
        {
            if (cue >= phrase.Length && tokens.AsSpan(cue - phrase.Length, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    private CountryMention? PeopleOf(string token)
    {
        if (token.Length < 5)
        {
            return null;
        }

        foreach (var suffix in _peopleEndings)
        {
            if (token.EndsWith(suffix, StringComparison.Ordinal) && _lookup.TryGetValue(token.AsSpan(0, token.Length - suffix.Length), out var place)
                && place.Source == CountryMentionSource.CountryName)
            {
                return new CountryMention(place.Code, place.Source, token);
            }
        }

        // "romanian" is "romania" + "n"; "italian" is "italy" less "y" + "ian".
        if (token.EndsWith("ian", StringComparison.Ordinal) && _lookup.TryGetValue(string.Concat(token.AsSpan(0, token.Length - 3), "y"), out var y)
            && y.Source == CountryMentionSource.CountryName)
        {
            return new CountryMention(y.Code, y.Source, token);
        }

        return null;
    }

    private readonly record struct Place(string Code, CountryMentionSource Source, bool RequiresCue);
}
