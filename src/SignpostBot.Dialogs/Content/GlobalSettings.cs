using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Content;

/// <summary>
/// An interruption checked before any step: what the bot says and, for help, start again and stop, the whole messages
/// that trigger it. Danger and suicide have no <see cref="Phrases"/> here: the safety rules of every language's
/// <c>dialogs/understanding/</c> file trigger them (<see cref="Understanding.SafetyRules"/>).
/// </summary>
/// <param name="Phrases">Normalized whole messages that trigger it; empty for danger and suicide.</param>
public sealed record Interruption(IReadOnlyList<string> Phrases, string Text)
{

    /// <summary>What the text says instead on some channels (e.g. Teams keeps chat history, a web page does not).</summary>
    public ChannelTexts OnChannel { get; init; } = ChannelTexts.None;

    /// <summary>
    /// What the text says instead to someone telling of another person's danger (the conversation's role is the
    /// worried public), where the channel has no wording of its own; null says <see cref="Text"/>.
    /// </summary>
    public string? SomeoneElse { get; init; }

    /// <summary>Help shown right after the text (thoughts of suicide: the emergency number, then Samaritans); null shows none.</summary>
    public Signpost? Signpost { get; init; }

    /// <summary>The text for a conversation on this channel.</summary>
    public string TextFor(string? channelId) => OnChannel.For(channelId) ?? Text;
}

/// <summary>
/// A sentence's wording on particular channels, by channel id (<c>msteams</c>), where what is true differs by channel.
/// </summary>
public sealed record ChannelTexts(IReadOnlyDictionary<string, string> ByChannel)
{
    public static readonly ChannelTexts None = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The channel's own wording, or null to use the general one.</summary>
    public string? For(string? channelId) => channelId is not null && ByChannel.TryGetValue(channelId, out var text) ? text : null;
}

/// <summary>The words used around signposts, so no sentence a person reads lives in C#.</summary>
public sealed record Labels
{
    /// <summary>Template with <c>{numbers}</c>, e.g. "If you are in danger now, call {numbers}."</summary>
    public required string Emergency { get; init; }

    /// <summary>Joins two emergency numbers: "999 or 112".</summary>
    public required string Or { get; init; }

    /// <summary>Template with <c>{number}</c> for a call button.</summary>
    public required string Call { get; init; }
    public required string Website { get; init; }
    public required string Email { get; init; }
    public required string Hours { get; init; }
    /// <summary>Template with <c>{languages}</c>, e.g. "Languages: Romanian, English".</summary>
    public required string Languages { get; init; }

    public required string Free { get; init; }
    public required string Anonymous { get; init; }
    public required string Guidance { get; init; }

    /// <summary>
    /// Template with <c>{country}</c>: the heading of a hotline shown outside its own country's list, e.g.
    /// "United Kingdom only", so nobody abroad dials a number that only works there.
    /// </summary>
    public required string CountryOnly { get; init; }
}

/// <summary><c>dialogs/global.yaml</c>: the start dialog, interruptions, the fail-safe signpost and labels.</summary>
public sealed record GlobalSettings
{
    public required string StartDialog { get; init; }

    public required int MaxAttempts { get; init; }
    /// <summary>Danger now: the text and signpost shown when the danger rule sees it, at any step.</summary>
    public required Interruption Danger { get; init; }

    /// <summary>Thoughts of suicide or a wish to die: the text and signpost shown when the self-harm rule sees it (checked before danger).</summary>
    public required Interruption Suicide { get; init; }
    public required Interruption Help { get; init; }
    public required Interruption StartOver { get; init; }
    public required Interruption Stop { get; init; }
    public required string NotText { get; init; }
    public required Signpost FailSafe { get; init; }
    public required string GaveUpText { get; init; }
    public required Labels Labels { get; init; }

    /// <summary>What a message in a script none of the bot's languages uses gets: a sentence and help with interpreters; null: nothing special.</summary>
    public Interruption? OtherLanguage { get; init; }

    /// <summary>The Language button on the welcome's question and the list it opens; null: no button.</summary>
    public LanguageMenu? LanguageMenu { get; init; }

    /// <summary>What the first reply shows for a first message in the person's own words.</summary>
    public FirstMessageSettings FirstMessage { get; init; } = FirstMessageSettings.None;

    /// <summary>Per channel id (e.g. <c>msteams</c>): how a conversation there first starts.</summary>
    public IReadOnlyDictionary<string, ChannelSettings> Channels { get; init; } = new Dictionary<string, ChannelSettings>();
}

/// <summary>
/// How conversations on one channel first start: answers assumed for its audience (Teams opens on the
/// professionals' menu), and a note said before the first question telling people how to switch.
/// The assumptions apply only to a conversation's first run; "start again" asks everything.
/// </summary>
public sealed record ChannelSettings(IReadOnlyList<(SlotName Slot, string Value)> Assume, string? Note, SourceLocation Location);

/// <summary>
/// The Language button on the welcome's question (<c>dialogs/global.yaml</c> <c>languageMenu</c>): its title, the
/// words that also open the list when they are the whole message, and the sentence above the languages' buttons.
/// </summary>
public sealed record LanguageMenu(string Button, IReadOnlyList<string> Phrases, string Text);
