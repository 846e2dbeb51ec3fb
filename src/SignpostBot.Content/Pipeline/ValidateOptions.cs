using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Content;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Pipeline;

/// <summary>What the pipeline checks beyond loading, and how strictly.</summary>
public sealed record ValidateOptions
{
    /// <summary>An entry verified longer ago than this gets a warning (default: a year).</summary>
    public int MaxVerifiedAgeDays { get; init; } = 365;

    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The seed page whose hotline list must still be present; null skips that check (a deployed bot has no seed).</summary>
    public string? SeedPath { get; init; }

    /// <summary>Check each file against the JSON Schema of its kind (<see cref="ContentFileKinds"/>).</summary>
    public bool CheckSchemas { get; init; } = true;

    /// <summary>Also <c>prove</c> the flows once they load, with these options (the bot at start-up); null does not.</summary>
    public ProveOptions? Prove { get; init; }

    /// <summary>Also train the intent classifier from the understanding files (<see cref="ValidationResult.Classifier"/>).</summary>
    public bool Train { get; init; }

    /// <summary>
    /// What the bot runs on every version it serves (built in, or from blob storage): every check and <c>prove</c>. The
    /// classifier is trained apart (at start-up on the spare core while the bot already answers; for a blob version
    /// before it is swapped in), so a start is not held up by training.
    /// </summary>
    public static ValidateOptions ForTheBot() => new() { Prove = new ProveOptions() };

    /// <summary>
    /// For content whose <see cref="ContentFingerprint"/> the build recorded after it passed <see cref="ForTheBot"/>
    /// (<see cref="PreparedContent"/>): the same bytes and code give the same result, so the schema check and
    /// <c>prove</c> are not run again; loading, building and the checks across files (warnings) are.
    /// </summary>
    public static ValidateOptions ProvedAtBuild() => new() { CheckSchemas = false };
}

/// <summary>Everything the pipeline found, errors and warnings, and the content when it loaded without errors.</summary>
public sealed record ValidationResult(IReadOnlyList<ContentError> Problems, DialogSet? Content, KnowledgeBase? Knowledge)
{
    public bool HasErrors => Problems.Any(p => p.Severity == ContentSeverity.Error);

    /// <summary>The intent classifier trained from the content's understanding files, when <see cref="ValidateOptions.Train"/> asked for it and the content loaded; else null.</summary>
    public IntentClassifier? Classifier { get; init; }

    /// <summary>The bot over this content and its classifier, or a <see cref="ContentLoadException"/> listing every error.</summary>
    public TriageBot BotOrThrow(ChannelRendererFactory renderers) => new(ContentOrThrow(), renderers, Classifier);

    public IEnumerable<ContentError> Errors => Problems.Where(p => p.Severity == ContentSeverity.Error);

    /// <summary>The content, or a <see cref="ContentLoadException"/> listing every error.</summary>
    public DialogSet ContentOrThrow() => !HasErrors && Content is { } content ? content : throw new ContentLoadException(Errors.ToList());

    /// <summary>The knowledge, or a <see cref="ContentLoadException"/> listing every error.</summary>
    public KnowledgeBase KnowledgeOrThrow() => !HasErrors && Knowledge is { } knowledge ? knowledge : throw new ContentLoadException(Errors.ToList());
}
