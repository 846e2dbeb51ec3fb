using SignpostBot.Content.Analysis;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using YamlDotNet.Core;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Loads the language files, <c>dialogs/locales/{language}.yaml</c>, onto content already loaded: each text by its id
/// (<see cref="TextIds"/>). Checks that the file's name is its language, that every id is one the content has, that a
/// translation keeps every placeholder of the English (and adds none), and that the English file only holds the
/// texts with no inline home (<c>web.*</c>).
/// </summary>
public static class TranslationLoader
{
    /// <summary>The folder of language files, inside <c>dialogs/</c>.</summary>
    public const string Folder = "locales";

    /// <summary>Loads from file paths and texts; returns the content with its translations, or null on errors.</summary>
    public static DialogSet? Load(IEnumerable<(string Path, string Text)> files, DialogSet? content, ContentErrors errors)
        => Load(files.Select(f => ContentDocument.Parse(f.Path, f.Text, errors)).OfType<ContentDocument>().ToList(), content, errors);

    /// <summary>Loads from parsed files; returns the content with its translations, or null on errors.</summary>
    public static DialogSet? Load(IReadOnlyList<ContentDocument> documents, DialogSet? content, ContentErrors errors)
    {
        var read = new List<ReadFile>();
        foreach (var document in documents)
        {
            if (YamlContentFile.Root(document, errors) is { } root && Read(document.File, root) is { } file)
            {
                read.Add(file);
            }
        }

        if (content is null)
        {
            return null;
        }

        var english = TextCatalog.English(content).ToDictionary(e => e.Id, e => e.English, StringComparer.Ordinal);
        foreach (var file in read.Where(f => f.Translation.Language == LanguageTag.English))
        {
            foreach (var (id, (text, at)) in file.Texts)
            {
                if (!id.StartsWith(TextIds.WebPrefix, StringComparison.Ordinal))
                {
                    errors.Add(file.Path, at, english.ContainsKey(id)
                        ? $"'{id}' is English written in the flows or knowledge: change it there. The English file holds only the web page's texts (web.*)."
                        : $"The English file holds only the web page's texts, whose ids start with 'web.'; '{id}' does not.");
                }
                else
                {
                    english[id] = text;
                }
            }
        }

        foreach (var file in read.Where(f => f.Translation.Language != LanguageTag.English))
        {
            foreach (var (id, (text, at)) in file.Texts)
            {
                if (!english.TryGetValue(id, out var source))
                {
                    errors.Add(file.Path, at, $"No text has the id '{id}': check its spelling (docs/content-authoring.md says how ids are made), or remove it if the English was removed.");
                }
                else if (!CountryForms(TextFormatter.Placeholders(source)).SetEquals(CountryForms(TextFormatter.Placeholders(text))))
                {
                    errors.Add(file.Path, at, $"'{id}' should have the same placeholders as the English ({Names(source)}), not ({Names(text)}): keep each {{name}} as it is and translate the words around it.");
                }
                else if (id.EndsWith("." + Placeholders.AnyCountryField, StringComparison.Ordinal) && TextFormatter.Placeholders(text).Contains(TextFormatter.InCountry))
                {
                    errors.Add(file.Path, at, $"'{id}' may name any country of the world, and the bot has the words for being in one only for the countries it lists: write {{{TextFormatter.Country}}} where the name can stand alone, e.g. in brackets.");
                }
            }
        }

        foreach (var twice in read.GroupBy(f => f.Translation.Language).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError(twice.Last().Path, 1, 1, $"Two files are for the language '{twice.Key}'."));
        }

        return errors.HasErrors ? null : content.WithTranslations(read.Select(f => f.Translation).ToList());
    }

    private static ReadFile? Read(string path, ContentMap root)
    {
        var errors = root.Errors;
        var written = root.Text("language", required: true);
        var drafted = root.Text("drafted", required: true);
        var review = root.Text("review", required: true);
        var hidden = root.Flag("hidden") ?? false;
        var textsMap = root.Map("texts", required: true);
        root.RejectUnknownKeys("version");

        var language = LanguageTag.Normalize(written);
        var name = Path.GetFileNameWithoutExtension(path);
        if (written is not null && (language is null || language != written))
        {
            errors.Add(path, root.ValueAt("language"), $"'{written}' is not a language tag written as the bot reads it{(language is null ? string.Empty : $" ('{language}')")}: a language code, then an optional region, like ro or pt-BR.");
            return null;
        }

        if (language is not null && language != name)
        {
            errors.Add(path, root.ValueAt("language"), $"The file for '{language}' should be named {language}.yaml.");
        }

        ReviewState? state = review switch
        {
            "needed" => ReviewState.Needed,
            "done" => ReviewState.Done,
            _ => null,
        };
        if (review is not null && state is null)
        {
            errors.Add(path, root.ValueAt("review"), $"'review' should be 'needed' (until a native speaker has read every text) or 'done', not '{review}'.");
        }

        var texts = new Dictionary<string, (string Text, Mark At)>(StringComparer.Ordinal);
        foreach (var (id, at) in textsMap?.Keys ?? [])
        {
            if (textsMap!.Text(id) is { } text && !texts.TryAdd(id, (text, at)))
            {
                errors.Add(path, at, $"'{id}' is translated twice in this file.");
            }
        }

        if (language is null || drafted is null || state is null)
        {
            return null;
        }

        var translation = new Translation(
            language,
            drafted,
            state.Value,
            texts.ToDictionary(t => t.Key, t => t.Value.Text, StringComparer.Ordinal),
            root.Location,
            hidden);
        return new ReadFile(path, translation, texts);
    }

    /// <summary>
    /// The placeholders, with the two forms of the country as one: a translation says "in the United Kingdom" with
    /// <c>{inCountry}</c> where its grammar needs it, and the name alone with <c>{country}</c>, whichever the English used.
    /// </summary>
    private static HashSet<string> CountryForms(IReadOnlySet<string> names)
        => names.Select(n => n == TextFormatter.InCountry ? TextFormatter.Country : n).ToHashSet(StringComparer.Ordinal);

    private static string Names(string text) => string.Join(", ", TextFormatter.Placeholders(text).Select(n => "{" + n + "}"));

    private sealed record ReadFile(string Path, Translation Translation, Dictionary<string, (string Text, Mark At)> Texts);
}
