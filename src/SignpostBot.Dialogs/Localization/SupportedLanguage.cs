using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Localization;

/// <summary>
/// One language the bot can speak, from <c>dialogs/languages.yaml</c>: the names a person may type to choose it,
/// which way it is written, and the sentence that says a switch to it, in it.
/// </summary>
/// <param name="Language">A normalized BCP 47 tag (<see cref="LanguageTag"/>), the name of its <c>locales/</c> file.</param>
/// <param name="EnglishName">Its name in English, for staff and the tools.</param>
/// <param name="Names">Its own name first (the undo button's title), then other spellings a person may type ("Română", "Romana").</param>
/// <param name="RightToLeft">Written right to left (Arabic, Persian): the page sets <c>dir="rtl"</c>.</param>
/// <param name="Switched">Said, in this language, when the conversation switches to it.</param>
/// <param name="Offered">
/// People may choose it (it also needs a <c>locales/</c> file): set once its file has every sentence, which <c>validate</c>
/// then holds it to.
/// </param>
public sealed record SupportedLanguage(
    string Language,
    string EnglishName,
    IReadOnlyList<string> Names,
    bool RightToLeft,
    string Switched,
    SourceLocation Location,
    bool Offered = true)
{
    /// <summary>The language's own name, as a person reading it would write it.</summary>
    public string OwnName => Names[0];
}
