using System.Collections.Frozen;
using System.Globalization;
using Ar = Microsoft.Recognizers.Definitions.Arabic.NumbersDefinitions;
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
/// The number, ordinal and "last" words of every language: from the maps of Microsoft.Recognizers.Definitions for the
/// languages it has them for (English, Arabic, Spanish, French, German, Italian, Portuguese, Dutch, Swedish), and from
/// <c>dialogs/language/</c> (<see cref="LanguageWords.NumberWords"/>, <see cref="LanguageWords.LastWords"/>) for the
/// others and to add to the package. Keys are normalized like messages. One merged table per language, built when
/// first asked for: that language's words first (the package's, then the file's), then English, then the others.
/// One vocabulary per content version (<see cref="RecognizerWords"/>).
/// </summary>
internal sealed class NumberVocabulary
{
    internal const int MaxValue = LanguageWords.MaxNumber;

    private static readonly Language[] Package =
    [
        FromPackage("en", En.OrdinalNumberMap, En.CardinalNumberMap, En.RelativeReferenceOffsetMap, En.RelativeReferenceRelativeToMap,
            Excluded: ["a", "an", "half", "halves", "quarter", "quarters", "dozen", "dozens", "dz", "doz", "dzs", "dozs", "secondary"],
            LocaleOnly: [],
            Extra: [("second to last", new(true, -1)), ("second last", new(true, -1)), ("last but one", new(true, -1)), ("one before last", new(true, -1)),
                ("third last", new(true, -2)), ("final", new(true, 0))]),
        // The Arabic maps also hold fractions ("نصف" half → 2, "واحد من عشرة" one tenth → 10), dozens and decades, call
        // "الحالية" (the current one) the last, and give "التاسعة" (the ninth) 10: those are left out or put right.
        FromPackage("ar", Ar.OrdinalNumberMap, Ar.CardinalNumberMap, Ar.RelativeReferenceOffsetMap, Ar.RelativeReferenceRelativeToMap,
            Excluded: ["نصف", "النصف", "ثلث", "ربع", "الربع", "سدس", "ثمن", "أنصاف", "أثلاث", "أرباع", "أخماس", "أسداس", "أسباع", "أثمان", "أتساع", "أعشار",
                "دستة", "دستات", "الدستة", "الدستات", "عشرينات", "ثلاثينات", "أربعينات", "خمسينات", "الحالية", "الحالي"],
            LocaleOnly: [],
            Extra: [("التاسعة", new(false, 9))],
            Fraction: key => key.StartsWith("واحد من ", StringComparison.Ordinal)),
        FromPackage("es", Es.OrdinalNumberMap, Es.CardinalNumberMap, Es.RelativeReferenceOffsetMap, Es.RelativeReferenceRelativeToMap,
            Excluded: ["medio", "media", "mitad", "tercio", "tercios", "docena", "docenas", "dz", "doz", "dzs", "dozs"],
            LocaleOnly: ["once"],
            Extra: []),
        FromPackage("fr", Fr.OrdinalNumberMap, Fr.CardinalNumberMap, Fr.RelativeReferenceOffsetMap, Fr.RelativeReferenceRelativeToMap,
            Excluded: ["demi", "demie", "tiers", "tierce", "quart", "quarts", "douzaine", "douzaines"],
            LocaleOnly: [],
            Extra: []),
        FromPackage("de", De.OrdinalNumberMap, De.CardinalNumberMap, De.RelativeReferenceOffsetMap, De.RelativeReferenceRelativeToMap,
            Excluded: ["halb", "halbe", "halbes", "halfte", "haelfte", "dutzend", "beiden"],
            LocaleOnly: [],
            Extra: [],
            Fraction: key => key.EndsWith("tel", StringComparison.Ordinal)), // "drittel", "viertel": fractions, not positions
        FromPackage("it", It.OrdinalNumberMap, It.CardinalNumberMap, It.RelativeReferenceOffsetMap, It.RelativeReferenceRelativeToMap,
            Excluded: ["meta", "mezzo", "mezza", "mezzi", "mezze", "dozzina", "dozzine", "tto", "ttavo", "ttava", "vent", "trent", "quarant", "cinquant", "none"],
            LocaleOnly: ["sei", "prima"],
            Extra: []),
        FromPackage("pt", Pt.OrdinalNumberMap, Pt.CardinalNumberMap, Pt.RelativeReferenceOffsetMap, Pt.RelativeReferenceRelativeToMap,
            Excluded: ["meia", "meio", "dezena", "duzia", "duzias", "terco", "hum"],
            LocaleOnly: [],
            Extra: []),
        FromPackage("nl", Nl.OrdinalNumberMap, Nl.CardinalNumberMap, Nl.RelativeReferenceOffsetMap, Nl.RelativeReferenceRelativeToMap,
            Excluded: ["half", "halve", "helft", "kwart", "dozijn", "secundair"],
            LocaleOnly: [],
            Extra: []),
        FromPackage("sv", Sv.OrdinalNumberMap, Sv.CardinalNumberMap, Sv.RelativeReferenceOffsetMap, Sv.RelativeReferenceRelativeToMap,
            Excluded: ["halva", "halvan", "halvt", "halv", "halvor", "halft", "halften", "kvart", "kvarten", "kvarts", "dussin", "dussintal", "dussintals",
                "tjog", "tjogvis", "sekundara", "sekundare", "tertiara", "tertiare"],
            LocaleOnly: ["sex", "en"],
            Extra: []),
    ];

    private readonly Language[] _languages;
    private readonly Lazy<Table> _default;
    private readonly FrozenDictionary<string, Lazy<Table>> _byCode;

    /// <param name="content">The language files: their number and last words join the package's.</param>
    internal NumberVocabulary(IEnumerable<LanguageWords> content)
    {
        _languages = [.. Package, .. content.Select(FromContent).Where(l => l.Words.Count > 0)];
        _default = new Lazy<Table>(() => Build(null));
        _byCode = _languages.Select(l => l.Code).Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(code => code, code => new Lazy<Table>(() => Build(code)), StringComparer.Ordinal);
    }

    /// <summary>The languages whose maps come from the package, as two-letter codes.</summary>
    internal static IEnumerable<string> PackageLanguageCodes => Package.Select(l => l.Code);

    /// <summary>Every language with number words, package or file, as two-letter codes.</summary>
    internal IEnumerable<string> LanguageCodes => _byCode.Keys;

    /// <summary>The table for a locale ("es-ES", "es", null for none).</summary>
    internal Table For(string? locale)
        => LanguageCode(locale) is { } code && _byCode.TryGetValue(code, out var table) ? table.Value : _default.Value;

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

    private Table Build(string? first)
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        var order = _languages.Where(l => l.Code == first)
            .Concat(_languages.Where(l => l.Code == "en" && l.Code != first))
            .Concat(_languages.Where(l => l.Code != "en" && l.Code != first));
        foreach (var language in order)
        {
            var excluded = new HashSet<string>(language.Excluded, StringComparer.Ordinal);
            if (language.Code != first)
            {
                excluded.UnionWith(language.LocaleOnly);
            }

            foreach (var (key, word) in language.Words)
            {
                var normalized = TextNormalizer.Normalize(key);
                if (normalized.Length > 0 && !excluded.Contains(normalized) && !(language.Fraction?.Invoke(normalized) ?? false))
                {
                    words.TryAdd(normalized, word);
                }
            }
        }

        var frozen = words.ToFrozenDictionary(StringComparer.Ordinal);
        var longest = frozen.Keys.Max(k => k.Count(c => c == ' ') + 1);
        return new Table(frozen, longest);
    }

    private static Language FromPackage(
        string code,
        IReadOnlyDictionary<string, long> ordinals,
        IReadOnlyDictionary<string, long> cardinals,
        IReadOnlyDictionary<string, string> offsets,
        Dictionary<string, string> relativeTo,
        string[] Excluded,
        string[] LocaleOnly,
        (string Phrase, NumberWord Word)[] Extra,
        Func<string, bool>? Fraction = null)
    {
        // Extra comes first, so it also puts right a value the package has wrong.
        var words = new List<(string Key, NumberWord Word)>(Extra);
        foreach (var (key, value) in ordinals.Concat(cardinals))
        {
            if (value is >= 1 and <= MaxValue)
            {
                words.Add((key, new NumberWord(false, (int)value)));
            }
        }

        foreach (var (key, offset) in offsets)
        {
            if (relativeTo.TryGetValue(key, out var to) && to == "end")
            {
                words.Add((key, new NumberWord(true, int.Parse(offset, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))));
            }
        }

        return new Language(code, words, [.. Excluded.Select(TextNormalizer.Normalize)], [.. LocaleOnly.Select(TextNormalizer.Normalize)], Fraction);
    }

    private static Language FromContent(LanguageWords content)
    {
        var words = content.NumberWords.Select(w => (w.Word, new NumberWord(false, w.Number)))
            .Concat(content.LastWords.Select(w => (w.Word, new NumberWord(true, -w.BeforeLast))))
            .ToList();
        return new Language(LanguageCode(content.Language) ?? content.Language, words, [], [], null);
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
        IReadOnlyList<(string Key, NumberWord Word)> Words,
        string[] Excluded,
        string[] LocaleOnly,
        Func<string, bool>? Fraction);
}
