using System.Collections.Frozen;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Dialogs.Engine;

internal enum InterruptionKind
{
    None,
    Suicide,
    Danger,
    Stop,
    StartOver,
    Help,
}

/// <summary>
/// Finds the interruptions that apply above every dialog. Suicide and danger come from the safety rules of every
/// language's <c>dialogs/understanding/</c> file (<see cref="SafetyRules"/>: anywhere in a message, suicide first, as
/// "I want to kill myself" also holds the danger word "kill"); stop, start again and help only when they are the
/// whole message, so "I can't stop them" is not "stop".
/// </summary>
internal sealed class InterruptionDetector(DialogSet content)
{
    private readonly SafetyRules _safety = new(content.Understanding);

    // Every message is checked against these: sets, and loops rather than LINQ, so a turn makes no garbage here.
    private readonly FrozenSet<string> _stop = content.Global.Stop.Phrases.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> _startOver = content.Global.StartOver.Phrases.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> _help = content.Global.Help.Phrases.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The safety rules this detector reads, for the interpreter to name what it found.</summary>
    public SafetyRules Safety => _safety;

    public InterruptionKind Detect(string normalized, string[] tokens)
    {
        var urgent = Urgent(_safety.Find(tokens));
        return urgent != InterruptionKind.None ? urgent : DetectCommand(normalized);
    }

    /// <summary>
    /// Stop, start again or help: only when one is the whole message. For a turn whose message the interpreter has
    /// already read for suicide and danger (the same rules), so they are not looked for twice.
    /// </summary>
    public InterruptionKind DetectCommand(string normalized)
    {
        if (_stop.Contains(normalized))
        {
            return InterruptionKind.Stop;
        }

        if (_startOver.Contains(normalized))
        {
            return InterruptionKind.StartOver;
        }

        return _help.Contains(normalized) ? InterruptionKind.Help : InterruptionKind.None;
    }

    /// <summary>
    /// Suicide or danger anywhere in a whole message, however long (<see cref="InterruptionKind.None"/> when
    /// neither): only the start of a long message is read for answers, but what is written at its end must still
    /// bring the emergency number.
    /// </summary>
    public InterruptionKind UrgentIn(string text) => Urgent(_safety.Find(text));

    private static InterruptionKind Urgent(SafetyMatch match) => match.Kind switch
    {
        SafetyKind.SelfHarm => InterruptionKind.Suicide,
        SafetyKind.Danger => InterruptionKind.Danger,
        _ => InterruptionKind.None,
    };
}
