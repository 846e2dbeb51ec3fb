using Json.Schema;
using SignpostBot.Content.Analysis;
using SignpostBot.Content.Pipeline;
using SignpostBot.Dialogs.Content;

namespace SignpostBot.Content.Loading;

/// <summary>
/// The language content of the dialogs folder, loaded onto the flows: the recognizers' words (<c>language/</c>,
/// <see cref="LanguageWordsLoader"/>) and the translations (<c>locales/</c>, <see cref="TranslationLoader"/>) and
/// what it understands (<c>understanding/</c>, <see cref="UnderstandingLoader"/>). Each
/// file is parsed once, checked against its schema and built from that parse.
/// </summary>
public static class LanguageFiles
{
    public const string WordsSchema = "language.schema.json";
    public const string TranslationsSchema = "locale.schema.json";

    /// <summary>The content with its language files, or null when they (or the content) have errors.</summary>
    public static DialogSet? Load(ContentFolder dialogs, DialogSet? content, ContentErrors errors, bool checkSchemas = true)
    {
        var words = Read(dialogs, LanguageWordsLoader.Folder, WordsSchema, errors, checkSchemas);
        var translations = Read(dialogs, TranslationLoader.Folder, TranslationsSchema, errors, checkSchemas);
        var understanding = Read(dialogs, UnderstandingLoader.Folder, UnderstandingLoader.Schema, errors, checkSchemas);
        return UnderstandingLoader.Load(understanding, TranslationLoader.Load(translations, LanguageWordsLoader.Load(words, content, errors), errors), errors);
    }

    private static List<ContentDocument> Read(ContentFolder folder, string subfolder, string schemaName, ContentErrors errors, bool checkSchemas)
    {
        var contents = folder.Files.GetDirectoryContents(subfolder);
        if (!contents.Exists)
        {
            return [];
        }

        var schema = checkSchemas ? ReadSchema(folder, schemaName, errors) : null;
        var documents = new List<ContentDocument>();
        foreach (var info in contents.Where(f => !f.IsDirectory && f.Name.EndsWith(".yaml", StringComparison.Ordinal)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(info.CreateReadStream());
            var path = info.PhysicalPath ?? Path.Join(folder.Root, subfolder, info.Name);
            if (ContentDocument.Parse(path, reader.ReadToEnd(), errors) is not { } document)
            {
                continue;
            }

            if (schema is not null)
            {
                SchemaCheck.Check(document, schema, schemaName, errors);
            }

            documents.Add(document);
        }

        return documents;
    }

    private static JsonSchema? ReadSchema(ContentFolder folder, string schemaName, ContentErrors errors)
    {
        var name = "schemas/" + schemaName;
        var info = (folder.Schemas ?? folder.Files).GetFileInfo(name);
        var path = info.PhysicalPath ?? Path.Join(folder.Root, name);
        if (!info.Exists)
        {
            errors.Add(new ContentError(path, 1, 1, $"The schema {schemaName} does not exist."));
            return null;
        }

        using var reader = new StreamReader(info.CreateReadStream());
        var (schema, problem) = SchemaCheck.Read(reader.ReadToEnd(), new Uri(info.PhysicalPath ?? "https://signpostbot.local/" + name));
        if (schema is null)
        {
            errors.Add(new ContentError(path, 1, 1, $"The schema cannot be read ({problem})."));
        }

        return schema;
    }
}
