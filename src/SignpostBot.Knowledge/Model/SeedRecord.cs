namespace SignpostBot.Knowledge.Model;

/// <summary>What the seed page said for an entry, kept beside the corrected fact.</summary>
public sealed record SeedRecord(string Text, string? Note)
{
    public bool IsCorrected => Note is not null;
}
