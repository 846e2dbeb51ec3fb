namespace SignpostBot.Dialogs.Schema;

/// <summary>Quick-reply buttons shown under the latest bot message.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions)
{
    public IReadOnlyList<string>? To { get; init; }
}
