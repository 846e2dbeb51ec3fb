using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Loads <c>dialogs/languages.yaml</c>, the languages the bot can speak, onto content already loaded. A language is
/// offered when it is listed here and has a <c>locales/</c> file that is not hidden (<see cref="Localizer.Offered"/>).
/// </summary>
public static class LanguageListLoader
{
    /// <summary>The file's name inside <c>dialogs/</c>.</summary>
    public const string FileName = "languages.yaml";

    /// <summary>The content with its languages, or null when the file (or the content) has errors.</summary>
    public static DialogSet? Load(ContentDocument? document, DialogSet? content, ContentErrors errors)
    {
        var languages = new List<SupportedLanguage>();
        var unspoken = new List<UnspokenLanguage>();
        if (document is not null && YamlContentFile.Root(document, errors) is { } root)
        {
            root.Text("drafted", required: true);
            root.Text("review", required: true);
            foreach (var entry in root.Maps("languages", required: true))
            {
                var written = entry.Text("language", required: true);
                var tag = LanguageTag.Normalize(written);
                var names = entry.Strings("names", required: true);
                var english = entry.Text("english", required: true);
                var switched = entry.Text("switched", required: true);
                var direction = entry.Text("direction") ?? "ltr";
                var offered = entry.Flag("offered", required: true) ?? false;
                entry.RejectUnknownKeys();
                if (written is not null && tag != written)
                {
                    entry.Errors.Add(entry.File, entry.ValueAt("language"), $"'{written}' is not a language tag written as the bot reads it, like ro or pt-BR.");
                }
                else if (tag is not null && names.Count > 0 && english is not null && switched is not null)
                {
                    languages.Add(new SupportedLanguage(tag, english, names, direction == "rtl", switched, entry.Location, offered));
                }
            }

            foreach (var entry in root.Maps("notSpoken"))
            {
                var english = entry.Text("english", required: true);
                var names = entry.Strings("names", required: true);
                var words = entry.Strings("words");
                entry.RejectUnknownKeys();
                if (english is not null && names.Count > 0)
                {
                    unspoken.Add(new UnspokenLanguage(english, names, words));
                }
            }

            root.RejectUnknownKeys("version");
            foreach (var twice in languages.GroupBy(l => l.Language).Where(g => g.Count() > 1))
            {
                errors.Add(new ContentError(twice.Last().Location.File, twice.Last().Location.Line, twice.Last().Location.Column, $"'{twice.Key}' is listed twice."));
            }

            foreach (var name in languages.SelectMany(l => l.Names.Select(n => (Name: n, l.Language)))
                .Concat(unspoken.SelectMany(l => l.Names.Select(n => (Name: n, Language: l.EnglishName)))).GroupBy(n => Dialogs.Recognizers.TextNormalizer.Normalize(n.Name).Trim()).Where(g => g.Select(n => n.Language).Distinct().Count() > 1))
            {
                errors.Add(new ContentError(document.File, 1, 1, $"The name '{name.First().Name}' is given to more than one language: typing it could not choose one."));
            }
        }

        if (content is null || errors.HasErrors)
        {
            return null;
        }

        content = content.WithLanguages(languages, unspoken);
        LanguageCoverage.Check(content, errors);
        AnswerWordsCoverage.Check(content, errors);
        return errors.HasErrors ? null : content;
    }
}
