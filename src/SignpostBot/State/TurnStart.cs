using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.State;

namespace SignpostBot.State;

/// <summary>
/// What a turn started from: the conversation's state before it (null for a new conversation) and the time the turn
/// function was given. The turn function is deterministic, so running it again from here with the same activity gives
/// the same replies, stamped with the same time; that is how a retry gets the first answer again.
/// </summary>
/// <param name="State">The state as the store gave it (a shared, immutable record; nothing the person typed).</param>
/// <param name="At">The turn's time, UTC, as given to the turn function.</param>
/// <param name="Bot">
/// The content version that ran the turn (the turn function is the content too: a version swapped in between a try and
/// its retry, such as the classifier trained after start-up, answers the same message otherwise); null when the entry
/// came from a store shared between instances, which cannot hold it: the retry then runs with the content served now.
/// </param>
public readonly record struct TurnStart(DialogState? State, DateTimeOffset At, TriageBot? Bot = null);
