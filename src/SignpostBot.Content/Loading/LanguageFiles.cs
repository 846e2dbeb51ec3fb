using SignpostBot.Dialogs.Content;

namespace SignpostBot.Content.Loading;

/// <summary>
/// The language content of <c>dialogs/</c>, loaded onto the flows: the recognizers' words (<c>language/</c>,
/// <see cref="LanguageWordsLoader"/>) and the translations (<c>locales/</c>, <see cref="TranslationLoader"/>).
/// </summary>
public static class LanguageFiles
{
    /// <summary>Every <c>*.yaml</c> of both folders, in name order, as (path, text).</summary>
    public sealed record Texts(IReadOnlyList<(string Path, string Text)> Words, IReadOnlyList<(string Path, string Text)> Translations)
    {
        public static readonly Texts None = new([], []);
    }

    public static Texts Read(string dialogsDirectory) => new(
        ReadFolder(Path.Combine(dialogsDirectory, LanguageWordsLoader.Folder)),
        ReadFolder(Path.Combine(dialogsDirectory, TranslationLoader.Folder)));

    /// <summary>The content with its language files, or null when they (or the content) have errors.</summary>
    public static DialogSet? Load(string dialogsDirectory, DialogSet? content, ContentErrors errors)
        => Load(Read(dialogsDirectory), content, errors);

    public static DialogSet? Load(Texts files, DialogSet? content, ContentErrors errors)
        => TranslationLoader.Load(files.Translations, LanguageWordsLoader.Load(files.Words, content, errors), errors);

    private static List<(string Path, string Text)> ReadFolder(string folder)
        => Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(path => (path, File.ReadAllText(path))).ToList()
            : [];
}
