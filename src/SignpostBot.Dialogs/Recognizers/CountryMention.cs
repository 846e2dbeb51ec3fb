namespace SignpostBot.Dialogs.Recognizers;

/// <summary>How a country was found in a message.</summary>
public enum CountryMentionSource
{
    /// <summary>A country's name, native name or alias ("Poland", "Polska", "UK").</summary>
    CountryName,

    /// <summary>A town of the gazetteer ("Birmingham" is GB).</summary>
    City,

    /// <summary>The country recognizer's fuzzier match (a typo, a flag emoji) where no exact name was found.</summary>
    Fuzzy,
}

/// <summary>A country a message names: its ISO 3166-1 alpha-2 code, how it was found and the words that named it (normalized).</summary>
public sealed record CountryMention(string Code, CountryMentionSource Source, string Words);

/// <summary>
/// Where a message says the writer (or the person at risk) is, and where someone comes from. <see cref="Location"/>
/// is whose helplines fit; <see cref="Origin"/> is never used for that ("I'm from Romania", "I'm Romanian").
/// </summary>
public sealed record WhereFound(CountryMention? Location, CountryMention? Origin)
{
    public static readonly WhereFound Nothing = new(null, null);
}
