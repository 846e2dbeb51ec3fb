namespace SignpostBot.Knowledge.Model;

/// <summary>A helpline or service a person can contact.</summary>
public sealed record Hotline
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Organisation { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<Phone> Phones { get; init; }
    public string? Email { get; init; }
    public Uri? Url { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? Hours { get; init; }
    public bool? Free { get; init; }
    public bool? Anonymous { get; init; }
    public required IReadOnlyList<string> For { get; init; }
    public required string Status { get; init; }
    public required string Source { get; init; }

    /// <summary>The day a person checked <see cref="Source"/>; only a confirmed entry has one (see knowledge/README.md).</summary>
    public DateOnly? Verified { get; init; }
    public SeedRecord? Seed { get; init; }

    /// <summary>The country it serves, or null for international numbers.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Where its <c>id</c> is written; null when made in code.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Where its <c>verified</c> date is written; null when made in code.</summary>
    public SourceLocation? VerifiedLocation { get; init; }

    public bool IsFor(string audience) => For.Contains(audience, StringComparer.Ordinal);
}
