using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Localization;

/// <summary>Whether a native speaker has read a language file's texts.</summary>
public enum ReviewState
{
    /// <summary>Drafted (by a person or a machine) and not yet read by a native speaker: not for launch.</summary>
    Needed,

    /// <summary>A native speaker has reviewed every text.</summary>
    Done,
}

/// <summary>
/// One language file, <c>dialogs/locales/{language}.yaml</c>: the texts of one language by <see cref="TextIds"/> id.
/// A text it lacks falls back along the chain (<c>ro-RO</c> → <c>ro</c> → English). The English file holds only the
/// texts whose English has no other home (the web page's, <c>web.*</c>); every other English text is inline in the
/// flows and knowledge.
/// </summary>
/// <param name="Language">A normalized BCP 47 tag (<see cref="LanguageTag.Normalize"/>), the file's name.</param>
/// <param name="Drafted">Who or what drafted the texts, as the file says.</param>
/// <param name="Hidden">A test-only language (the pseudo-locale): never offered to people.</param>
public sealed record Translation(
    string Language,
    string Drafted,
    ReviewState Review,
    IReadOnlyDictionary<string, string> Texts,
    SourceLocation Location,
    bool Hidden = false);
