using System.ComponentModel.DataAnnotations;

namespace SignpostBot.Turns;

/// <summary>The <c>Bot:Turns</c> configuration section: how retries of a turn are recognised.</summary>
public sealed class TurnOptions
{
    public const string Section = "Bot:Turns";

    /// <summary>
    /// How long a turn's replies are kept to answer a retry of the same activity id (default 2 minutes): Teams
    /// retries within seconds and Direct Line clients within a minute. A retry after the window runs as a new turn.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The most bytes the in-memory turn ledger holds (default 32 MiB), counted at
    /// <see cref="State.InMemoryTurnLedger.EntryBytes"/> a turn; past it the oldest turns go first, so under very heavy
    /// load the replay window is shorter than <see cref="ReplayWindow"/>. Redis holds them instead when it is configured.
    /// </summary>
    [Range(1024 * 1024, 1024 * 1024 * 1024)]
    public int ReplayMemoryBytes { get; set; } = 32 * 1024 * 1024;
}
