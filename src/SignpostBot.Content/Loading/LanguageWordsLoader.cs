using System.Globalization;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Recognizers;


namespace SignpostBot.Content.Loading;

/// <summary>
/// Loads the recognizers' words, <c>dialogs/language/{language}.yaml</c>, onto content already loaded: stop words,
/// cue words, negations, fillers, everyday country names, and the yes/no and number words of languages the
/// Microsoft.Recognizers.Definitions package lacks, one file per language.
/// </summary>
public static class LanguageWordsLoader
{
    /// <summary>The folder of recognizer word files, inside <c>dialogs/</c>.</summary>
    public const string Folder = "language";

    /// <summary>Loads from file paths and texts; returns the content with the words, or null on errors.</summary>
    public static DialogSet? Load(IEnumerable<(string Path, string Text)> files, DialogSet? content, ContentErrors errors)
        => Load(files.Select(f => ContentDocument.Parse(f.Path, f.Text, errors)).OfType<ContentDocument>().ToList(), content, errors);

    /// <summary>Loads from parsed files; returns the content with the words, or null on errors.</summary>
    public static DialogSet? Load(IReadOnlyList<ContentDocument> documents, DialogSet? content, ContentErrors errors)
    {
        var languages = new List<LanguageWords>();
        foreach (var document in documents)
        {
            if (YamlContentFile.Root(document, errors) is { } root && Read(document.File, root) is { } words)
            {
                languages.Add(words);
            }
        }

        foreach (var twice in languages.GroupBy(l => l.Language).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError(twice.Last().Location.File, 1, 1, $"Two files hold the words of '{twice.Key}'."));
        }

        return content is null || errors.HasErrors ? null : content.WithLanguageWords(languages);
    }

    private static LanguageWords? Read(string path, ContentMap root)
    {
        var written = root.Text("language", required: true);
        root.Text("drafted", required: true);
        var review = root.Text("review", required: true);
        var words = new LanguageWords
        {
            Language = LanguageTag.Normalize(written) ?? string.Empty,
            Location = root.Location,
            ChoiceStopWords = root.Strings("choiceStopWords"),
            CountryStopWords = root.Strings("countryStopWords"),
            CountryCueWords = root.Strings("countryCueWords"),
            CountryNamesNeedingCue = root.Strings("countryNamesNeedingCue"),
            NotCountryCodes = root.Strings("notCountryCodes"),
            CountryNames = CountryNames(root),
            PlaceCueWords = root.Strings("placeCueWords"),
            OriginCueWords = root.Strings("originCueWords"),
            FromHereVerbs = root.Strings("fromHereVerbs"),
            TownsNeedingCue = root.Strings("townsNeedingCue"),
            NotPlaces = root.Strings("notPlaces"),
            ElsewhereWords = root.Strings("elsewhereWords"),
            PeopleEndings = root.Strings("peopleEndings"),
            YesNoNegations = root.Strings("yesNoNegations"),
            OrdinalFillers = root.Strings("ordinalFillers"),
            OrdinalPointers = root.Strings("ordinalPointers"),
            YesWords = root.Strings("yesWords"),
            NoWords = root.Strings("noWords"),
            NumberWords = Positions(root, "numberWords", 1),
            LastWords = Positions(root, "lastWords", 0),
        };
        CheckYesNo(root, words);
        CheckNumbers(root, words);
        root.RejectUnknownKeys("version");

        if (written is not null && words.Language != written)
        {
            root.Errors.Add(path, root.ValueAt("language"), $"'{written}' is not a language tag written as the bot reads it: a language code, then an optional region, like ro or pt-BR.");
            return null;
        }

        if (written is not null && written != Path.GetFileNameWithoutExtension(path))
        {
            root.Errors.Add(path, root.ValueAt("language"), $"The words of '{written}' should be in {written}.yaml.");
        }

        if (review is not null and not ("needed" or "done"))
        {
            root.Errors.Add(path, root.ValueAt("review"), $"'review' should be 'needed' (until a native speaker has read every word) or 'done', not '{review}'.");
        }

        return written is null ? null : words;
    }

    // numberWords: { 2: [doi, al doilea] }; lastWords: { 0: [ultimul], 1: [penultimul] }.
    private static List<(int Position, string Word)> Positions(ContentMap root, string key, int lowest)
    {
        var words = new List<(int Position, string Word)>();
        if (root.Map(key) is not { } map)
        {
            return words;
        }

        foreach (var (written, at) in map.Keys)
        {
            if (int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                && position >= lowest && position <= LanguageWords.MaxNumber)
            {
                words.AddRange(map.Strings(written).Select(word => (position, word)));
            }
            else
            {
                root.Errors.Add(root.File, at, $"'{written}' in '{key}' should be a whole number from {lowest} to {LanguageWords.MaxNumber}.");
            }
        }

        return words;
    }

    // A word that says both yes and no would answer whichever list the recognizer reads first.
    private static void CheckYesNo(ContentMap root, LanguageWords words)
    {
        var yes = words.YesWords.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var no in words.NoWords.Where(w => yes.Contains(TextNormalizer.Normalize(w))))
        {
            root.Errors.Add(root.File, root.ValueAt("noWords"), $"'{no}' is both in 'yesWords' and in 'noWords'.");
        }
    }

    // A word naming two positions, or a filler that is a number word, would make "option 2" mean something else.
    private static void CheckNumbers(ContentMap root, LanguageWords words)
    {
        var positions = new Dictionary<string, (bool FromEnd, int Position)>(StringComparer.Ordinal);
        foreach (var (fromEnd, position, word) in words.NumberWords.Select(w => (false, w.Number, w.Word))
                     .Concat(words.LastWords.Select(w => (true, w.BeforeLast, w.Word))))
        {
            var normalized = TextNormalizer.Normalize(word);
            if (positions.TryGetValue(normalized, out var other) && other != (fromEnd, position))
            {
                root.Errors.Add(root.File, root.ValueAt(fromEnd ? "lastWords" : "numberWords"), $"'{word}' names two different positions.");
            }

            positions.TryAdd(normalized, (fromEnd, position));
        }

        foreach (var filler in words.OrdinalFillers.Where(f => positions.ContainsKey(TextNormalizer.Normalize(f))))
        {
            root.Errors.Add(root.File, root.ValueAt("ordinalFillers"), $"'{filler}' is a number word, so it cannot stand around a number in 'ordinalFillers'.");
        }
    }

    private static List<(string Code, string Name)> CountryNames(ContentMap root)
    {
        var names = new List<(string Code, string Name)>();
        if (root.Map("countryNames") is not { } map)
        {
            return names;
        }

        foreach (var (code, at) in map.Keys)
        {
            if (code.Length == 2 && code.All(char.IsAsciiLetterUpper))
            {
                names.AddRange(map.Strings(code).Select(name => (code, name)));
            }
            else
            {
                root.Errors.Add(root.File, at, $"'{code}' should be a country's two-letter ISO code in capitals, like GB.");
            }
        }

        return names;
    }
}
