using System.Collections.Frozen;
using SignpostBot.Dialogs.Content;

namespace SignpostBot.Dialogs.Localization;

/// <summary>
/// The texts of one content version in every language it has a file for, each resolved along its fallback chain
/// (<c>ro-RO</c> → <c>ro</c> → English) when the content is loaded, so a turn's lookup is one or two dictionary reads.
/// </summary>
public sealed class Localizer
{
    private readonly FrozenDictionary<string, LanguageTexts> _languages;
    private readonly FrozenDictionary<string, LanguageTexts>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public Localizer(DialogSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var files = content.Translations.ToDictionary(t => t.Language, StringComparer.Ordinal);
        English = TextCatalog.Walk(content, LanguageTag.English, static (_, english) => english);
        var languages = new Dictionary<string, LanguageTexts>(StringComparer.Ordinal) { [LanguageTag.English] = English };
        foreach (var language in files.Keys.Where(l => l != LanguageTag.English))
        {
            // The chain's files, most specific first; English is the walk's own text.
            var chain = LanguageTag.Chain(language).Select(files.GetValueOrDefault).OfType<Translation>().ToArray();
            languages[language] = TextCatalog.Walk(content, language, (id, english) =>
            {
                foreach (var file in chain)
                {
                    if (file.Texts.TryGetValue(id, out var text))
                    {
                        return text;
                    }
                }

                return english;
            });
        }

        _languages = languages.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _languages.GetAlternateLookup<ReadOnlySpan<char>>();
        Offered = content.Translations.Where(t => !t.Hidden).Select(t => t.Language).Append(LanguageTag.English).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The content's own language, and the last link of every chain.</summary>
    public LanguageTexts English { get; }

    /// <summary>The languages people may be offered: every language file's except hidden (test-only) ones, and English.</summary>
    public IReadOnlyList<string> Offered { get; }

    /// <summary>
    /// The texts for a normalized language tag (<see cref="LanguageTag.Normalize"/>): the first of its chain that has a
    /// language file, else English. Allocates nothing.
    /// </summary>
    public LanguageTexts For(string? language)
    {
        var tag = language.AsSpan();
        while (tag.Length > 0)
        {
            if (_bySpan.TryGetValue(tag, out var texts))
            {
                return texts;
            }

            var dash = tag.LastIndexOf('-');
            tag = dash > 0 ? tag[..dash] : [];
        }

        return English;
    }
}
