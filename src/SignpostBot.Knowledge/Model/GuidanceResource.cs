namespace SignpostBot.Knowledge.Model;

/// <summary>A published guide, toolkit or page for professionals or the public.</summary>
public sealed record GuidanceResource
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    public required string Summary { get; init; }
    /// <summary>Where to read it; a resource without one is kept for the record but never shown.</summary>
    public Uri? Url { get; init; }
    public required IReadOnlyList<string> Audience { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public int? Year { get; init; }
    public required string Status { get; init; }
    public required string Source { get; init; }

    /// <summary>The day a person checked <see cref="Source"/>; only a confirmed entry has one.</summary>
    public DateOnly? Verified { get; init; }
    public bool FromSeed { get; init; }
    public string? Note { get; init; }

    /// <summary>Where its <c>id</c> is written; null when made in code.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Where its <c>verified</c> date is written; null when made in code.</summary>
    public SourceLocation? VerifiedLocation { get; init; }
}
