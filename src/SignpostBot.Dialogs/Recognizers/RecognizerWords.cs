using System.Collections.Frozen;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// The recognizers' words from every language file (<see cref="LanguageWords"/>), merged and frozen once per content
/// version: the union of each list, normalized as messages are (<see cref="TextNormalizer"/>), country names in the
/// files' order; the yes/no and number words joined to the package's (<see cref="YesNoVocabulary"/>,
/// <see cref="NumberVocabulary"/>).
/// </summary>
public sealed class RecognizerWords
{
    public static readonly RecognizerWords None = new([]);

    public RecognizerWords(IEnumerable<LanguageWords> languages)
    {
        var all = languages.ToList();
        FrozenSet<string> Union(Func<LanguageWords, IReadOnlyList<string>> list)
            => all.SelectMany(list).Select(TextNormalizer.Normalize).ToFrozenSet(StringComparer.Ordinal);

        ChoiceStopWords = Union(l => l.ChoiceStopWords);
        CountryStopWords = Union(l => l.CountryStopWords);
        CountryCueWords = Union(l => l.CountryCueWords);
        CountryNamesNeedingCue = Union(l => l.CountryNamesNeedingCue);
        NotCountryCodes = Union(l => l.NotCountryCodes);
        OrdinalFillers = Union(l => l.OrdinalFillers);
        OrdinalPointers = Union(l => l.OrdinalPointers);
        PlaceCueWords = Union(l => l.PlaceCueWords);
        OriginCueWords = Union(l => l.OriginCueWords);
        FromHereVerbs = Union(l => l.FromHereVerbs);
        TownsNeedingCue = Union(l => l.TownsNeedingCue);
        NotPlaces = Union(l => l.NotPlaces);
        ElsewhereWords = all.SelectMany(l => l.ElsewhereWords).Select(TextNormalizer.Normalize).Distinct(StringComparer.Ordinal).ToArray();
        PeopleEndings = all.SelectMany(l => l.PeopleEndings).Select(TextNormalizer.Normalize).Distinct(StringComparer.Ordinal).ToArray();
        YesNoNegations = all.SelectMany(l => l.YesNoNegations).Distinct(StringComparer.Ordinal).ToArray();
        CountryNames = all.SelectMany(l => l.CountryNames).ToLookup(n => n.Code, n => n.Name, StringComparer.Ordinal);
        YesNo = new YesNoVocabulary(all);
        Numbers = new NumberVocabulary(all);
    }

    /// <summary>Whether a language ("ro", "pt-BR") has yes and no words, from the package or its file.</summary>
    public bool HasYesNoWords(string language) => YesNo.LanguageCodes.Contains(NumberVocabulary.LanguageCode(language));

    /// <summary>Whether a language ("ro", "pt-BR") has number and ordinal words, from the package or its file.</summary>
    public bool HasNumberWords(string language) => Numbers.LanguageCodes.Contains(NumberVocabulary.LanguageCode(language));

    /// <summary>The yes and no words of every language: the package's and the files'.</summary>
    internal YesNoVocabulary YesNo { get; }

    /// <summary>The number, ordinal and "last" words of every language: the package's and the files'.</summary>
    internal NumberVocabulary Numbers { get; }

    /// <inheritdoc cref="LanguageWords.ChoiceStopWords"/>
    public FrozenSet<string> ChoiceStopWords { get; }

    /// <inheritdoc cref="LanguageWords.CountryStopWords"/>
    public FrozenSet<string> CountryStopWords { get; }

    /// <inheritdoc cref="LanguageWords.CountryCueWords"/>
    public FrozenSet<string> CountryCueWords { get; }

    /// <inheritdoc cref="LanguageWords.CountryNamesNeedingCue"/>
    public FrozenSet<string> CountryNamesNeedingCue { get; }

    /// <inheritdoc cref="LanguageWords.NotCountryCodes"/>
    public FrozenSet<string> NotCountryCodes { get; }

    /// <inheritdoc cref="LanguageWords.OrdinalFillers"/>
    public FrozenSet<string> OrdinalFillers { get; }

    /// <inheritdoc cref="LanguageWords.OrdinalPointers"/>
    public FrozenSet<string> OrdinalPointers { get; }

    /// <inheritdoc cref="LanguageWords.PlaceCueWords"/>
    public FrozenSet<string> PlaceCueWords { get; }

    /// <inheritdoc cref="LanguageWords.OriginCueWords"/>
    public FrozenSet<string> OriginCueWords { get; }

    /// <inheritdoc cref="LanguageWords.FromHereVerbs"/>
    public FrozenSet<string> FromHereVerbs { get; }

    /// <inheritdoc cref="LanguageWords.TownsNeedingCue"/>
    public FrozenSet<string> TownsNeedingCue { get; }

    /// <inheritdoc cref="LanguageWords.NotPlaces"/>
    public FrozenSet<string> NotPlaces { get; }

    /// <inheritdoc cref="LanguageWords.ElsewhereWords"/>
    public IReadOnlyList<string> ElsewhereWords { get; }

    /// <inheritdoc cref="LanguageWords.PeopleEndings"/>
    public IReadOnlyList<string> PeopleEndings { get; }

    /// <inheritdoc cref="LanguageWords.YesNoNegations"/>
    public IReadOnlyList<string> YesNoNegations { get; }

    /// <summary>Everyday country names by ISO code (<see cref="LanguageWords.CountryNames"/>).</summary>
    public ILookup<string, string> CountryNames { get; }
}
