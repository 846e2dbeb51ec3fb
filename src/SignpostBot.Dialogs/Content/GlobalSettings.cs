using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Content;

/// <summary>
/// An interruption checked before any step: its trigger phrases and what the bot says. A phrase directly after
/// one of the <see cref="Negations"/> ("not in danger") does not count.
/// </summary>
public sealed record Interruption(IReadOnlyList<string> Phrases, string Text)
{
    public IReadOnlyList<string> Negations { get; init; } = [];
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
}

/// <summary><c>dialogs/global.yaml</c>: the start dialog, interruptions, the fail-safe signpost and labels.</summary>
public sealed record GlobalSettings
{
    public required string StartDialog { get; init; }

    /// <summary>Whose emergency number to show before the person's country is known.</summary>
    public required string DefaultCountry { get; init; }
    public required int MaxAttempts { get; init; }
    public required Interruption Danger { get; init; }
    public required Interruption Help { get; init; }
    public required Interruption StartOver { get; init; }
    public required Interruption Stop { get; init; }
    public required string NotText { get; init; }
    public required Signpost FailSafe { get; init; }
    public required string GaveUpText { get; init; }
    public required Labels Labels { get; init; }

    /// <summary>Per channel id (e.g. <c>msteams</c>): how a conversation there first starts.</summary>
    public IReadOnlyDictionary<string, ChannelSettings> Channels { get; init; } = new Dictionary<string, ChannelSettings>();
}

/// <summary>
/// How conversations on one channel first start: answers assumed for its audience (Teams opens on the
/// professionals' menu), and a note said before the first question telling people how to switch.
/// The assumptions apply only to a conversation's first run; "start again" asks everything.
/// </summary>
public sealed record ChannelSettings(IReadOnlyList<(SlotName Slot, string Value)> Assume, string? Note, SourceLocation Location);
