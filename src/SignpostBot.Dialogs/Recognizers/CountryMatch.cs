namespace SignpostBot.Dialogs.Recognizers;

/// <summary>The country a message names (ISO 3166-1 alpha-2) and a score in (0, 1].</summary>
public sealed record CountryMatch(string Code, double Score);
