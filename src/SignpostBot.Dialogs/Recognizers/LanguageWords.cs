using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// The words one language gives the recognizers, from <c>dialogs/language/{language}.yaml</c>: language data is
/// content, versioned and reviewed like the flows, not code. Every list may be empty; the recognizers use the union
/// over all languages (a person may answer in any of them).
/// </summary>
public sealed record LanguageWords
{
    /// <summary>The highest position a number word may name: a list the bot shows is never longer.</summary>
    public const int MaxNumber = 50;

    /// <summary>The language (a normalized BCP 47 tag), the file's name.</summary>
    public required string Language { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>Function words a choice's title may have that an answer leaves out ("I'm a professional" → "professional").</summary>
    public IReadOnlyList<string> ChoiceStopWords { get; init; } = [];

    /// <summary>Words left out of multi-word country names ("of", "and", "de").</summary>
    public IReadOnlyList<string> CountryStopWords { get; init; } = [];

    /// <summary>Words after which a country name in a free message says where the writer is ("in", "from").</summary>
    public IReadOnlyList<string> CountryCueWords { get; init; } = [];

    /// <summary>Country names that are also everyday words or first names: in a free message only after a cue word.</summary>
    public IReadOnlyList<string> CountryNamesNeedingCue { get; init; } = [];

    /// <summary>Everyday short words that are never read as a country code inside a sentence ("us", "it").</summary>
    public IReadOnlyList<string> NotCountryCodes { get; init; } = [];

    /// <summary>Everyday names of countries that .NET's region data does not use ("UK", "Ivory Coast"), by ISO code.</summary>
    public IReadOnlyList<(string Code, string Name)> CountryNames { get; init; } = [];

    /// <summary>Words before a place in a free message that say the person is there now ("in", "la", "w", "в").</summary>
    public IReadOnlyList<string> PlaceCueWords { get; init; } = [];

    /// <summary>Words before a place that say someone came from it ("from", "born", "din", "z").</summary>
    public IReadOnlyList<string> OriginCueWords { get; init; } = [];

    /// <summary>Verbs that make "from" mean where the writer is now ("calling from Poland", "writing from Leeds").</summary>
    public IReadOnlyList<string> FromHereVerbs { get; init; } = [];

    /// <summary>Town names that are everyday words or names ("reading", "nice"): a place only after a place cue.</summary>
    public IReadOnlyList<string> TownsNeedingCue { get; init; } = [];

    /// <summary>Town names that are such common words they are never read as a place ("police").</summary>
    public IReadOnlyList<string> NotPlaces { get; init; } = [];

    /// <summary>
    /// Words (one or more) just before a place cue that put the place somewhere other than where the writer is: their
    /// family ("my family in Albania", not "a family in London") and going back ("send me back to Romania"). Such a
    /// place is an origin.
    /// </summary>
    public IReadOnlyList<string> ElsewhereWords { get; init; } = [];

    /// <summary>Endings that make a people of a country's name ("romania" + "n", "vietnam" + "ese"): an origin.</summary>
    public IReadOnlyList<string> PeopleEndings { get; init; } = [];

    /// <summary>Words that turn a yes into nothing when they come just before it ("not sure"), matched as typed.</summary>
    public IReadOnlyList<string> YesNoNegations { get; init; } = [];

    /// <summary>Words that may stand around a number in an answer ("option 2 please"); none may itself be a number.</summary>
    public IReadOnlyList<string> OrdinalFillers { get; init; } = [];

    /// <summary>Words that point at an item, so "one" after them is not the number ("the second one", "that one").</summary>
    public IReadOnlyList<string> OrdinalPointers { get; init; } = [];

    /// <summary>
    /// Words and short phrases that answer yes ("da", "так", "po"), for a language Microsoft.Recognizers.Definitions has
    /// no yes/no data for, or to add everyday words to its data. Matched as whole words, with or without accents.
    /// </summary>
    public IReadOnlyList<string> YesWords { get; init; } = [];

    /// <summary>Words and short phrases that answer no ("nu", "ні", "jo"); see <see cref="YesWords"/>.</summary>
    public IReadOnlyList<string> NoWords { get; init; } = [];

    /// <summary>
    /// Cardinal and ordinal words that name the n-th item of a list (1-based): "doi" and "al doilea" are 2. For a language
    /// Microsoft.Recognizers.Definitions has no number maps for, or to add words to them.
    /// </summary>
    public IReadOnlyList<(int Number, string Word)> NumberWords { get; init; } = [];

    /// <summary>Words that name an item counted from the end: 0 places before the last ("ultimul"), 1 ("penultimul").</summary>
    public IReadOnlyList<(int BeforeLast, string Word)> LastWords { get; init; } = [];
}
