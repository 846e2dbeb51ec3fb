using System.Collections.Immutable;
using SignpostBot.Dialogs.Content;

namespace SignpostBot.Dialogs.State;

/// <summary>
/// Everything the bot remembers between turns: the dialog stack (active dialog first, as in the Bot Framework),
/// the answers so far, whether the welcome was shown and the person's language. A few hundred bytes; nothing in it
/// identifies a person.
/// </summary>
public sealed record DialogState
{
    /// <summary>2: frames name their step by id (1 named it by position).</summary>
    public const int CurrentVersion = 2;

    public static readonly DialogState Empty = new();

    public int Version { get; init; } = CurrentVersion;
    public ImmutableArray<DialogFrame> Stack { get; init; } = [];
    public Slots Slots { get; init; } = Slots.Empty;

    /// <summary>
    /// Danger or thoughts of suicide were seen in this conversation: it carries to every later turn, so every help shown
    /// afterwards, in a new run of the flow too, has the emergency number first.
    /// </summary>
    public bool AtRisk { get; init; }

    /// <summary>The welcome has been shown in this conversation.</summary>
    public bool Greeted { get; init; }

    /// <summary>
    /// The person's language, a short BCP 47 tag (<see cref="Localization.LanguageTag"/>): taken from the first activity
    /// that has a <c>locale</c>, then kept. Null until then (English).
    /// </summary>
    public string? Language { get; init; }
}
