namespace SignpostBot.Dialogs.Recognizers;

/// <summary>A country the bot has knowledge of: its ISO 3166-1 alpha-2 code, its English name and other names ("România", "UK").</summary>
public sealed record CountryName(string Code, string Name, IReadOnlyList<string> Aliases);
