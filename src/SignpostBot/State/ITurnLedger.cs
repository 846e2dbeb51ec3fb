namespace SignpostBot.State;

/// <summary>
/// Remembers, for a short window, which turns have run and what each started from (<see cref="TurnStart"/>), so a
/// channel's retry of the same activity (Teams and Direct Line clients send it again after a slow reply) gets the
/// first turn's replies again, by running the same turn from the same start, rather than moving the conversation on
/// twice. Keys are turn keys (<see cref="ConversationKeyHasher.TurnKeyFor"/>); an entry holds the state the turn
/// started from (the same small state the store keeps, no message text and no ids) and a time.
/// </summary>
public interface ITurnLedger
{
    /// <summary>What a turn that already ran started from; null when it has not run within the window.</summary>
    ValueTask<TurnStart?> FindAsync(string turnKey, CancellationToken cancellationToken);

    /// <summary>Records what a turn started from, for the window.</summary>
    ValueTask RecordAsync(string turnKey, TurnStart start, CancellationToken cancellationToken);
}
