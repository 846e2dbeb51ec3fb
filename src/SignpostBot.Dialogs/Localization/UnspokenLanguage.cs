namespace SignpostBot.Dialogs.Localization;

/// <summary>
/// A language the bot cannot speak yet, from <c>notSpoken</c> in <c>dialogs/languages.yaml</c>: a person who types its
/// name, or writes in it, gets the <c>otherLanguage</c> reply (the emergency number and the helpline that has
/// interpreters), never a switch and never a country ("Français" is not France).
/// </summary>
/// <param name="EnglishName">Its name in English, for staff and the tools.</param>
/// <param name="Names">Its own name first, then other ways a person may type it.</param>
/// <param name="Words">
/// Everyday words of it (function words, pronouns, common verbs) that tell it from a spoken language written in the same
/// letters: Amharic and Tigrinya are both written in Ge'ez. Empty when its letters already tell it apart.
/// </param>
public sealed record UnspokenLanguage(string EnglishName, IReadOnlyList<string> Names, IReadOnlyList<string> Words);
