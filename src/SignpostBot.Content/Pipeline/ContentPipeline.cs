using Json.Schema;
using Microsoft.Extensions.FileProviders;
using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Content;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Pipeline;

/// <summary>
/// The one way content is loaded: at start-up, from blob storage, by <c>validate</c> and by the tests. Each file is
/// read from its <see cref="IFileProvider"/> and parsed once (<see cref="ContentDocument"/>); that parse is checked
/// against the schema of its kind and built into the typed model with the place of every entry; then come the
/// checks across files (unused entries, old dates, the seed page) and <c>prove</c>.
/// </summary>
public static class ContentPipeline
{
    /// <summary>Loads and checks dialogs and knowledge; the content is set only when there is no error.</summary>
    /// <remarks>
    /// The schema pass and the building (and proving) read the same parsed files independently, so they run side by
    /// side: on two cores (the bot runs this at every start) the checks take about as long as the longer of the two.
    /// </remarks>
    public static ValidationResult Load(ContentSources sources, ValidateOptions options) => Run(sources.Knowledge, sources.Dialogs, options);

    /// <summary>The knowledge stage of <see cref="Load"/> alone (a knowledge folder checked before any dialogs use it).</summary>
    public static ValidationResult LoadKnowledge(ContentFolder knowledge, ValidateOptions options) => Run(knowledge, null, options);

    private static ValidationResult Run(ContentFolder knowledgeFolder, ContentFolder? dialogsFolder, ValidateOptions options)
    {
        // Each stage judges its own errors: a broken dialog file must not stop the knowledge being built and checked.
        var errors = new ContentErrors();
        var dialogErrors = new ContentErrors();
        var folders = new Dictionary<ContentArea, ContentFolder> { [ContentArea.Knowledge] = knowledgeFolder };
        if (dialogsFolder is not null)
        {
            folders[ContentArea.Dialogs] = dialogsFolder;
        }

        // Two cores, two pairs of independent work: reading the schemas beside parsing the files (both mostly the
        // JIT's first pass over JsonSchema.Net and YamlDotNet at start-up), then the schema check beside building
        // and proving, which read the same parse.
        List<ParsedFile> knowledgeFiles = [];
        List<ParsedFile> dialogFiles = [];
        Dictionary<ContentFileKind, (JsonSchema? Schema, ContentError? Problem)> schemas = [];
        Parallel.Invoke(
            () => schemas = options.CheckSchemas ? ReadSchemas(folders) : [],
            () =>
            {
                knowledgeFiles = Read(knowledgeFolder, ContentArea.Knowledge, errors);
                dialogFiles = dialogsFolder is null ? [] : Read(dialogsFolder, ContentArea.Dialogs, dialogErrors);
            });

        var schemaErrors = new ContentErrors();
        var languageErrors = new ContentErrors();
        LoadedKnowledge loaded = null!;
        DialogSet? content = null;
        LanguageFiles.Documents? languages = null;
        IReadOnlyList<ContentError> proof = [];
        IntentClassifier? classifier = null;
        // The language files (dialogs/language/, locales/, understanding/: most of the content) are parsed and checked
        // on the other core while the knowledge and the flows are built; then they are read onto the flows.
        Parallel.Invoke(
            () =>
            {
                CheckSchemas(schemas, [.. knowledgeFiles, .. dialogFiles], options, schemaErrors);
                languages = dialogsFolder is null ? null : LanguageFiles.Read(dialogsFolder, languageErrors, options.CheckSchemas);
            },
            () =>
            {
                loaded = KnowledgeLoader.Build(knowledgeFiles.ToDictionary(f => f.Kind, f => f.Document), errors);
                content = loaded.Knowledge is { } knowledge && dialogsFolder is not null ? DialogLoader.Build(dialogFiles.Where(f => f.Document is not null).Select(f => (f.Kind, f.Document!)), knowledge, dialogErrors) : null;
            });

        foreach (var problem in languageErrors.All)
        {
            dialogErrors.Add(problem);
        }

        content = languages is null ? content : LanguageFiles.Build(languages, content, dialogErrors);
        content = dialogsFolder is null ? content : LanguageListLoader.Load(dialogFiles.FirstOrDefault(f => f.Kind == ContentFileKinds.Languages)?.Document, content, dialogErrors);
        if (content is not null)
        {
            // The classifier is trained on the other core while the flows are proved: they do not need it
            // (safety never depends on it), and the bot is ready no later than the slower of the two.
            var built = content;
            Parallel.Invoke(
                () => proof = options.Prove is { } prove ? FlowProver.Prove(built, prove).Problems : [],
                () => classifier = options.Train ? IntentClassifier.For(built.Understanding) : null);
        }

        foreach (var problem in dialogErrors.All.Concat(proof))
        {
            errors.Add(problem);
        }

        // Across files, from the model and the places the one parse recorded.
        var index = KnowledgeIndex.From(loaded, knowledgeFolder.PathOf(KnowledgeLoader.CountriesFile));
        StaleEntries.Check(index, options.Today, options.MaxVerifiedAgeDays, errors);
        if (content is not null)
        {
            UnusedEntries.Check(content, index, errors);
        }

        // What a person reads must be true and whole: how certain each fact is, and every sentence filled in.
        if (loaded.Knowledge is { } checkedKnowledge)
        {
            SeedCorrectionNotes.Check(checkedKnowledge, index, errors);
            var sites = knowledgeFiles.FirstOrDefault(f => f.Kind == ContentFileKinds.OfficialSites)?.Document;
            OfficialSources.Check(checkedKnowledge, index, OfficialSources.ReadSites(sites), errors);
            VerifiedNeedsConfirmed.Check(checkedKnowledge, index, errors);
            ChildLines.Check(checkedKnowledge, index, errors);
            if (options.SeedPath is { } seed)
            {
                CheckSeed(seed, checkedKnowledge, index, errors);
            }
        }

        var texts = UserFacingTexts.Read(knowledgeFiles.Concat(dialogFiles).Select(f => f.Document).OfType<ContentDocument>());
        SeedMentions.Check(texts, errors);
        Placeholders.Check(texts, errors);

        var problems = Tidy(errors.All, schemaErrors.All);
        var hasErrors = problems.Exists(p => p.Severity == ContentSeverity.Error);
        return new ValidationResult(problems, hasErrors ? null : content, hasErrors ? null : loaded.Knowledge) { Classifier = hasErrors ? null : classifier };
    }

    /// <summary>One file of an area; <see cref="Document"/> is null when it is missing or is not valid YAML (both reported).</summary>
    private sealed record ParsedFile(ContentFileKind Kind, string Name, string Path, ContentDocument? Document, bool HasModeline);

    private static List<ParsedFile> Read(ContentFolder folder, ContentArea area, ContentErrors errors)
    {
        var files = new List<ParsedFile>();
        if (area == ContentArea.Knowledge)
        {
            foreach (var kind in ContentFileKinds.Knowledge)
            {
                var info = folder.Files.GetFileInfo(kind.FileName!);
                if (!info.Exists && !kind.Required)
                {
                    continue;
                }

                if (!info.Exists)
                {
                    errors.Add(new ContentError(folder.PathOf(kind.FileName!), 1, 1, $"The file {kind.FileName} is missing from {folder.Description}."));
                    files.Add(new ParsedFile(kind, kind.FileName!, folder.PathOf(kind.FileName!), null, true));
                    continue;
                }

                files.Add(Parse(folder, kind, info, errors));
            }

            return files;
        }

        var contents = folder.Files.GetDirectoryContents(string.Empty);
        if (!contents.Exists)
        {
            errors.Add(new ContentError(folder.Root, 1, 1, $"The {area.ToString().ToLowerInvariant()} folder does not exist."));
            return files;
        }

        foreach (var info in contents.Where(f => !f.IsDirectory).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (ContentFileKinds.Of(area, info.Name) is { } kind)
            {
                files.Add(Parse(folder, kind, info, errors));
            }
        }

        return files;
    }

    private static ParsedFile Parse(ContentFolder folder, ContentFileKind kind, IFileInfo info, ContentErrors errors)
    {
        using var stream = info.CreateReadStream();
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var path = folder.PathOf(info.Name);
        return new ParsedFile(kind, info.Name, path, ContentDocument.Parse(path, text, errors), SchemaCheck.HasModeline(text));
    }

    /// <summary>The schema of every kind of file of the folders, read from the app's own <c>schemas/</c> folders once per load.</summary>
    private static Dictionary<ContentFileKind, (JsonSchema? Schema, ContentError? Problem)> ReadSchemas(Dictionary<ContentArea, ContentFolder> folders)
        => ContentFileKinds.All.Where(k => folders.ContainsKey(k.Area)).ToDictionary(k => k, k => ReadSchema(folders[k.Area], k));

    /// <summary>Each parsed file against the schema of its kind; a file without a modeline is checked too, with a warning.</summary>
    private static void CheckSchemas(Dictionary<ContentFileKind, (JsonSchema? Schema, ContentError? Problem)> schemas, List<ParsedFile> files, ValidateOptions options, ContentErrors errors)
    {
        if (!options.CheckSchemas)
        {
            return;
        }

        foreach (var file in files)
        {
            if (!file.HasModeline)
            {
                errors.Add(new ContentError(file.Path, 1, 1, $"The file has no schema line. Make its first line '# yaml-language-server: $schema=schemas/{file.Kind.Schema}' so editors can check it as it is typed.", ContentSeverity.Warning));
            }

            if (file.Document is not { } document)
            {
                continue;
            }

            var (schema, problem) = schemas[file.Kind];
            if (problem is not null)
            {
                errors.Add(problem with { Message = problem.Message + $"; {file.Name} was not checked against it." });
                continue;
            }

            SchemaCheck.Check(document, schema!, file.Kind.Schema, errors);
        }
    }

    private static (JsonSchema? Schema, ContentError? Problem) ReadSchema(ContentFolder folder, ContentFileKind kind)
    {
        var name = "schemas/" + kind.Schema;
        var provider = folder.Schemas ?? folder.Files;
        var info = provider.GetFileInfo(name);
        var path = info.PhysicalPath ?? Path.Join(folder.Root, name);
        if (!info.Exists)
        {
            return (null, new ContentError(path, 1, 1, $"The schema {kind.Schema} does not exist"));
        }

        using var stream = info.CreateReadStream();
        using var reader = new StreamReader(stream);
        var (schema, problem) = SchemaCheck.Read(reader.ReadToEnd(), new Uri(info.PhysicalPath ?? "https://signpostbot.local/" + name));
        return schema is null ? (null, new ContentError(path, 1, 1, $"The schema cannot be read ({problem})")) : (schema, null);
    }

    private static void CheckSeed(string seedPath, KnowledgeBase knowledge, KnowledgeIndex index, ContentErrors errors)
    {
        if (!File.Exists(seedPath))
        {
            errors.Add(new ContentError(seedPath, 1, 1, "The seed page is not there, so its hotline list cannot be checked. Pass its path with --seed."));
            return;
        }

        SeedHotlines.Check(seedPath, knowledge, index, errors);
    }

    /// <summary>
    /// Sorted by file and line. A schema message at a line where the loader already explained the problem is
    /// dropped: the loader's words are the plainer ones.
    /// </summary>
    private static List<ContentError> Tidy(IReadOnlyList<ContentError> problems, IReadOnlyList<ContentError> schemaProblems)
    {
        var explained = problems.Select(p => (p.File, p.Line)).ToHashSet();
        return problems
            .Concat(schemaProblems.Where(p => !explained.Contains((p.File, p.Line))))
            .Distinct()
            .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)
            .ToList();
    }
}
