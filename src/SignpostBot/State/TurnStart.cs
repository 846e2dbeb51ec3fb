using SignpostBot.Dialogs.State;

namespace SignpostBot.State;

/// <summary>
/// What a turn started from: the conversation's state before it (null for a new conversation) and the time the turn
/// function was given. The turn function is deterministic, so running it again from here with the same activity gives
/// the same replies, stamped with the same time; that is how a retry gets the first answer again. The content is not
/// part of it: a retry after a new content version was swapped in is answered by that version.
/// </summary>
/// <param name="State">The state as the store gave it (a shared, immutable record; nothing the person typed).</param>
/// <param name="At">The turn's time, UTC, as given to the turn function.</param>
public readonly record struct TurnStart(DialogState? State, DateTimeOffset At);
