namespace SignpostBot.Knowledge.Model;

/// <summary>A country and the help available there.</summary>
public sealed record Country
{
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>
    /// The English words for being there, with the preposition and any article the name needs: "in the United Kingdom",
    /// "in Romania". A sentence that says where help is uses this (<c>{inCountry}</c>), never "in" pasted before the name.
    /// </summary>
    public required string In { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required IReadOnlyList<Phone> Emergency { get; init; }
    public string? EmergencyNote { get; init; }
    public string? ChildHelplineId { get; init; }
    public required IReadOnlyList<Hotline> Hotlines { get; init; }

    /// <summary>Where its entry starts in countries.yaml; null when made in code.</summary>
    public SourceLocation? Location { get; init; }
}
