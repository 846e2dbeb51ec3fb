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

    /// <summary>The parsed (and, when asked, schema-checked) files of each language folder, to build onto the flows with <see cref="Build"/>.</summary>
    public sealed record Documents(List<ContentDocument> Words, List<ContentDocument> Translations, List<ContentDocument> Understanding);

    /// <summary>The content with its language files, or null when they (or the content) have errors.</summary>
    public static DialogSet? Load(ContentFolder dialogs, DialogSet? content, ContentErrors errors, bool checkSchemas = true)
        => Build(Read(dialogs, errors, checkSchemas), content, errors);

    /// <summary>
    /// Reads and parses the language folders' files (checked against their schemas when <paramref name="checkSchemas"/>).
    /// They need nothing else of the content, so the pipeline reads them while it builds the flows.
    /// </summary>
    public static Documents Read(ContentFolder dialogs, ContentErrors errors, bool checkSchemas = true) => new(
        Read(dialogs, LanguageWordsLoader.Folder, WordsSchema, errors, checkSchemas),
        Read(dialogs, TranslationLoader.Folder, TranslationsSchema, errors, checkSchemas),
        Read(dialogs, UnderstandingLoader.Folder, UnderstandingLoader.Schema, errors, checkSchemas));

    /// <summary>The content with the language files <see cref="Read"/> gave, or null when they (or the content) have errors.</summary>
    public static DialogSet? Build(Documents documents, DialogSet? content, ContentErrors errors)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return UnderstandingLoader.Load(documents.Understanding, TranslationLoader.Load(documents.Translations, LanguageWordsLoader.Load(documents.Words, content, errors), errors), errors);
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
