using SignpostBot.Dialogs.Schema;

namespace SignpostBot.State;

/// <summary>
/// Remembers, for a short window, which turns have run and what they answered, so a channel's retry of the same
/// activity (Teams and Direct Line clients send it again after a slow reply) gets the first turn's replies again
/// rather than moving the conversation on twice. Keys are turn keys (<see cref="ConversationKeyHasher.TurnKeyFor"/>);
/// the replies are kept unaddressed (no conversation, user or channel ids) and hold only what the bot said.
/// </summary>
public interface ITurnLedger
{
    /// <summary>The replies of a turn that already ran, unaddressed; null when it has not run within the window.</summary>
    ValueTask<IReadOnlyList<Activity>?> FindAsync(string turnKey, CancellationToken cancellationToken);

    /// <summary>Records a turn's unaddressed replies for the window.</summary>
    ValueTask RecordAsync(string turnKey, IReadOnlyList<Activity> replies, CancellationToken cancellationToken);
}
