using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Loading;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>What <c>validate</c> checks beyond loading, and how strictly.</summary>
public sealed record ValidateOptions
{
    /// <summary>An entry verified longer ago than this gets a warning (default: a year).</summary>
    public int MaxVerifiedAgeDays { get; init; } = 365;

    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The seed page whose hotline list must still be present; null skips that check (a deployed bot has no seed).</summary>
    public string? SeedPath { get; init; }

    /// <summary>Check each file against the JSON Schema its first line names.</summary>
    public bool CheckSchemas { get; init; } = true;

    /// <summary>Also <c>prove</c> the flows once they load, with these options (the bot at start-up); null does not.</summary>
    public ProveOptions? Prove { get; init; }
}

/// <summary>Everything <c>validate</c> found, errors and warnings, and the content when it loaded.</summary>
public sealed record ValidationResult(IReadOnlyList<ContentError> Problems, DialogSet? Content)
{
    public bool HasErrors => Problems.Any(p => p.Severity == ContentSeverity.Error);
}

/// <summary>
/// <c>validate</c>: every file of dialogs/ and knowledge/ against its schema, loaded by the bot's own loaders
/// (fields, phone numbers, web addresses, references), then checked across files: duplicate ids, unused
/// hotlines and guidance, old <c>verified</c> dates, the seed page's hotlines, corrections without a note,
/// <c>confirmed</c> without an official source, <c>verified</c> without <c>confirmed</c>, a child line for every EU/EEA
/// country, and in what people read: no talk of the seed page and no placeholder left unfilled.
/// </summary>
public static class ContentValidator
{
    /// <remarks>
    /// The schema pass and the loading (and proving) read the files independently, so they run side by side: on two
    /// cores (the bot runs this at every start) validating takes about as long as the longer of the two.
    /// </remarks>
    public static ValidationResult Validate(string dialogsDirectory, string knowledgeDirectory, ValidateOptions options)
    {
        var schemaErrors = new ContentErrors();
        var loaded = new ContentErrors();
        KnowledgeBase? knowledge = null;
        DialogSet? content = null;
        IReadOnlyList<ContentError> proof = [];
        Parallel.Invoke(
            () =>
            {
                if (options.CheckSchemas)
                {
                    SchemaCheck.CheckFolder(knowledgeDirectory, schemaErrors);
                    SchemaCheck.CheckFolder(dialogsDirectory, schemaErrors);
                }
            },
            () =>
            {
                knowledge = KnowledgeLoader.Load(knowledgeDirectory, loaded);
                content = knowledge is null ? null : DialogLoader.Load(dialogsDirectory, knowledge, loaded);
                if (content is not null && options.Prove is { } prove)
                {
                    proof = FlowProver.Prove(content, prove).Problems;
                }
            });

        var errors = new ContentErrors();
        foreach (var error in loaded.All.Where(e => !DuplicateIds.IsUnlocatedLoaderReport(e)).Concat(proof))
        {
            errors.Add(error);
        }

        var index = KnowledgeIndex.Read(knowledgeDirectory);
        DuplicateIds.Check(index, errors);
        StaleEntries.Check(index, options.Today, options.MaxVerifiedAgeDays, errors);
        if (content is not null)
        {
            UnusedEntries.Check(content, index, errors);
        }

        // What a person reads must be true and whole: how certain each fact is, and every sentence filled in.
        if (knowledge is not null)
        {
            SeedCorrectionNotes.Check(knowledge, index, errors);
            OfficialSources.Check(knowledge, index, knowledgeDirectory, errors);
            VerifiedNeedsConfirmed.Check(knowledge, index, errors);
            ChildLines.Check(knowledge, index, errors);
        }

        var texts = UserFacingTexts.Read(dialogsDirectory, knowledgeDirectory);
        SeedMentions.Check(texts, errors);
        Placeholders.Check(texts, errors);

        if (knowledge is not null && options.SeedPath is { } seed)
        {
            CheckSeed(seed, knowledge, index, errors);
        }

        return new ValidationResult(Tidy(errors.All, schemaErrors.All), content);
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
