using System.Collections.Frozen;
using System.Globalization;
using En = Microsoft.Recognizers.Definitions.English.NumbersDefinitions;
using Es = Microsoft.Recognizers.Definitions.Spanish.NumbersDefinitions;
using Fr = Microsoft.Recognizers.Definitions.French.NumbersDefinitions;
using De = Microsoft.Recognizers.Definitions.German.NumbersDefinitions;
using It = Microsoft.Recognizers.Definitions.Italian.NumbersDefinitions;
using Pt = Microsoft.Recognizers.Definitions.Portuguese.NumbersDefinitions;
using Nl = Microsoft.Recognizers.Definitions.Dutch.NumbersDefinitions;
using Sv = Microsoft.Recognizers.Definitions.Swedish.NumbersDefinitions;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>A word or phrase that names a position in a list: the n-th (1-based) or n places from the end (0 = last).</summary>
internal readonly record struct NumberWord(bool FromEnd, int Value);

/// <summary>
/// The number, ordinal and "last" words of the languages whose maps Microsoft.Recognizers.Definitions has:
/// English, Spanish, French, German, Italian, Portuguese, Dutch and Swedish. Keys are normalized like messages.
/// One merged table per language, with that language's words first, then English, then the others.
/// </summary>
internal static class NumberVocabulary
{
    internal const int MaxValue = 50;

    private static readonly Language[] Languages =
    [
        new("en", En.OrdinalNumberMap, En.CardinalNumberMap, En.RelativeReferenceOffsetMap, En.RelativeReferenceRelativeToMap,
            Excluded: ["a", "an", "half", "halves", "quarter", "quarters", "dozen", "dozens", "dz", "doz", "dzs", "dozs", "secondary"],
            LocaleOnly: [],
            Extra: [("second to last", -1), ("second last", -1), ("last but one", -1), ("one before last", -1), ("third last", -2), ("final", 0)]),
        new("es", Es.OrdinalNumberMap, Es.CardinalNumberMap, Es.RelativeReferenceOffsetMap, Es.RelativeReferenceRelativeToMap,
            Excluded: ["medio", "media", "mitad", "tercio", "tercios", "docena", "docenas", "dz", "doz", "dzs", "dozs"],
            LocaleOnly: ["once"],
            Extra: []),
        new("fr", Fr.OrdinalNumberMap, Fr.CardinalNumberMap, Fr.RelativeReferenceOffsetMap, Fr.RelativeReferenceRelativeToMap,
            Excluded: ["demi", "demie", "tiers", "tierce", "quart", "quarts", "douzaine", "douzaines"],
            LocaleOnly: [],
            Extra: []),
        new("de", De.OrdinalNumberMap, De.CardinalNumberMap, De.RelativeReferenceOffsetMap, De.RelativeReferenceRelativeToMap,
            Excluded: ["halb", "halbe", "halbes", "halfte", "haelfte", "dutzend", "beiden"],
            LocaleOnly: [],
            Extra: [],
            FractionSuffix: "tel"), // "drittel", "viertel": fractions, not positions
        new("it", It.OrdinalNumberMap, It.CardinalNumberMap, It.RelativeReferenceOffsetMap, It.RelativeReferenceRelativeToMap,
            Excluded: ["meta", "mezzo", "mezza", "mezzi", "mezze", "dozzina", "dozzine", "tto", "ttavo", "ttava", "vent", "trent", "quarant", "cinquant", "none"],
            LocaleOnly: ["sei", "prima"],
            Extra: []),
        new("pt", Pt.OrdinalNumberMap, Pt.CardinalNumberMap, Pt.RelativeReferenceOffsetMap, Pt.RelativeReferenceRelativeToMap,
            Excluded: ["meia", "meio", "dezena", "duzia", "duzias", "terco", "hum"],
            LocaleOnly: [],
            Extra: []),
        new("nl", Nl.OrdinalNumberMap, Nl.CardinalNumberMap, Nl.RelativeReferenceOffsetMap, Nl.RelativeReferenceRelativeToMap,
            Excluded: ["half", "halve", "helft", "kwart", "dozijn", "secundair"],
            LocaleOnly: [],
            Extra: []),
        new("sv", Sv.OrdinalNumberMap, Sv.CardinalNumberMap, Sv.RelativeReferenceOffsetMap, Sv.RelativeReferenceRelativeToMap,
            Excluded: ["halva", "halvan", "halvt", "halv", "halvor", "halft", "halften", "kvart", "kvarten", "kvarts", "dussin", "dussintal", "dussintals",
                "tjog", "tjogvis", "sekundara", "sekundare", "tertiara", "tertiare"],
            LocaleOnly: ["sex", "en"],
            Extra: []),
    ];

    private static readonly Lazy<Table>[] Tables = BuildLazyTables();

    /// <summary>The languages covered, as two-letter codes.</summary>
    internal static IEnumerable<string> LanguageCodes => Languages.Select(l => l.Code);

    /// <summary>The table for a locale ("es-ES", "es", null for none).</summary>
    internal static Table For(string? locale)
    {
        var code = LanguageCode(locale);
        for (var i = 0; i < Languages.Length; i++)
        {
            if (Languages[i].Code == code)
            {
                return Tables[i + 1].Value;
            }
        }

        return Tables[0].Value;
    }

    /// <summary>"es-ES", "es_ES" or "ES" → "es"; null or empty → null.</summary>
    internal static string? LanguageCode(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var end = locale.AsSpan().IndexOfAny('-', '_');
        var language = end < 0 ? locale.AsSpan() : locale.AsSpan(0, end);
        return language.Trim().ToString().ToLowerInvariant();
    }

    private static Lazy<Table>[] BuildLazyTables()
    {
        var tables = new Lazy<Table>[Languages.Length + 1];
        tables[0] = new Lazy<Table>(() => Build(null));
        for (var i = 0; i < Languages.Length; i++)
        {
            var first = Languages[i];
            tables[i + 1] = new Lazy<Table>(() => Build(first));
        }

        return tables;
    }

    private static Table Build(Language? first)
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        var order = new List<Language>();
        if (first is not null)
        {
            order.Add(first);
        }

        order.AddRange(Languages.Where(l => l.Code == "en" && l != first));
        order.AddRange(Languages.Where(l => l.Code != "en" && l != first));
        foreach (var language in order)
        {
            var excluded = new HashSet<string>(language.Excluded, StringComparer.Ordinal);
            if (language != first)
            {
                excluded.UnionWith(language.LocaleOnly);
            }

            foreach (var (key, value) in language.Ordinals.Concat(language.Cardinals))
            {
                Add(words, excluded, language.FractionSuffix, key, value is >= 1 and <= MaxValue ? new NumberWord(false, (int)value) : null);
            }

            foreach (var (key, offset) in language.Offsets)
            {
                var fromEnd = language.RelativeTo.TryGetValue(key, out var relativeTo) && relativeTo == "end";
                Add(words, excluded, language.FractionSuffix, key, fromEnd ? new NumberWord(true, int.Parse(offset, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)) : null);
            }

            foreach (var (key, offset) in language.Extra)
            {
                Add(words, excluded, language.FractionSuffix, key, new NumberWord(true, offset));
            }
        }

        var frozen = words.ToFrozenDictionary(StringComparer.Ordinal);
        var longest = frozen.Keys.Max(k => k.Count(c => c == ' ') + 1);
        return new Table(frozen, longest);
    }

    private static void Add(Dictionary<string, NumberWord> words, HashSet<string> excluded, string? fractionSuffix, string key, NumberWord? word)
    {
        var normalized = TextNormalizer.Normalize(key);
        if (word is null || normalized.Length == 0 || excluded.Contains(normalized)
            || (fractionSuffix is not null && normalized.EndsWith(fractionSuffix, StringComparison.Ordinal)))
        {
            return;
        }

        words.TryAdd(normalized, word.Value);
    }

    /// <summary>The words of all languages merged, and how many tokens the longest has.</summary>
    internal sealed class Table(FrozenDictionary<string, NumberWord> words, int longestPhrase)
    {
        private readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

        internal int LongestPhrase { get; } = longestPhrase;

        internal bool TryGet(ReadOnlySpan<char> phrase, out NumberWord word) => _lookup.TryGetValue(phrase, out word);
    }

    private sealed record Language(
        string Code,
        IReadOnlyDictionary<string, long> Ordinals,
        IReadOnlyDictionary<string, long> Cardinals,
        IReadOnlyDictionary<string, string> Offsets,
        IReadOnlyDictionary<string, string> RelativeTo,
        string[] Excluded,
        string[] LocaleOnly,
        (string Phrase, int Offset)[] Extra,
        string? FractionSuffix = null);
}
