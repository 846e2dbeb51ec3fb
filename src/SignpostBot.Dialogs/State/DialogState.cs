using System.Collections.Immutable;
using SignpostBot.Dialogs.Content;

namespace SignpostBot.Dialogs.State;

/// <summary>
/// Everything the bot remembers between turns: the dialog stack (active dialog first, as in the Bot Framework),
/// the answers so far, two flags and the person's language. A few hundred bytes; nothing in it identifies a person.
/// </summary>
public sealed record DialogState
{
    public const int CurrentVersion = 1;

    public static readonly DialogState Empty = new();

    public int Version { get; init; } = CurrentVersion;
    public ImmutableArray<DialogFrame> Stack { get; init; } = [];
    public Slots Slots { get; init; } = Slots.Empty;

    /// <summary>The welcome has been shown in this conversation.</summary>
    public bool Greeted { get; init; }

    /// <summary>The emergency number has been shown in this conversation.</summary>
    public bool EmergencyShown { get; init; }

    /// <summary>
    /// The person's language, a short BCP 47 tag (<see cref="Localization.LanguageTag"/>): taken from the first activity
    /// that has a <c>locale</c>, then kept. Null until then (English).
    /// </summary>
    public string? Language { get; init; }
}
