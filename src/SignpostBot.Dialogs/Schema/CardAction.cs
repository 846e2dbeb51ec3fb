namespace SignpostBot.Dialogs.Schema;

/// <summary>A button. SignpostBot sends <c>imBack</c> (choices), <c>call</c> (<c>tel:</c> URIs) and <c>openUrl</c>.</summary>
public sealed record CardAction(string Type, string Title, string Value)
{
    public string? Image { get; init; }
    public string? DisplayText { get; init; }
}
