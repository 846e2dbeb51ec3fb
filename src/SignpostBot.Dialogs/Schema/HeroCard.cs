namespace SignpostBot.Dialogs.Schema;

/// <summary>Content of an <c>application/vnd.microsoft.card.hero</c> attachment.</summary>
public sealed record HeroCard(string Title)
{
    public string? Subtitle { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<CardAction>? Buttons { get; init; }
}
