using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SignpostBot.Content;
using SignpostBot.Dialogs.State;
using SignpostBot.State;
using SignpostBot.Turns;

namespace SignpostBot.Tests.State;

public sealed class InMemoryTurnLedgerTests : IDisposable
{
    private static readonly DialogState Started = DialogState.Empty with { Greeted = true };

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 21, 0, 0, TimeSpan.Zero));
    private readonly ConversationKeyHasher _keys = new(Options.Create(new BotOptions()));

    public void Dispose() => _keys.Dispose();

    [Fact]
    public async Task Find_AfterRecord_GivesTheStartBack()
    {
        var ledger = Ledger();
        var start = new TurnStart(Started, _clock.GetUtcNow());

        await ledger.RecordAsync(Turn("a"), start, CancellationToken.None);

        Assert.Equal(start, await ledger.FindAsync(Turn("a"), CancellationToken.None));
        Assert.Null(await ledger.FindAsync(Turn("b"), CancellationToken.None));
    }

    [Fact]
    public async Task Find_ForANewConversation_GivesNoStateAndTheTime()
    {
        var ledger = Ledger();

        await ledger.RecordAsync(Turn("a"), new TurnStart(null, _clock.GetUtcNow()), CancellationToken.None);

        var found = await ledger.FindAsync(Turn("a"), CancellationToken.None);
        Assert.NotNull(found);
        Assert.Null(found.Value.State);
        Assert.Equal(_clock.GetUtcNow(), found.Value.At);
    }

    [Fact]
    public async Task Find_AfterTheWindow_GivesNothing()
    {
        var ledger = Ledger(window: TimeSpan.FromMinutes(2));
        await ledger.RecordAsync(Turn("a"), new TurnStart(Started, _clock.GetUtcNow()), CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.NotNull(await ledger.FindAsync(Turn("a"), CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await ledger.FindAsync(Turn("a"), CancellationToken.None));
    }

    [Fact]
    public async Task Record_DropsExpiredTurnsOldestFirst()
    {
        var ledger = Ledger(window: TimeSpan.FromMinutes(2));
        await ledger.RecordAsync(Turn("old"), new TurnStart(Started, _clock.GetUtcNow()), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(3));

        await ledger.RecordAsync(Turn("new"), new TurnStart(Started, _clock.GetUtcNow()), CancellationToken.None);

        Assert.Equal(1, ledger.Count);
        Assert.NotNull(await ledger.FindAsync(Turn("new"), CancellationToken.None));
    }

    [Fact]
    public async Task Record_PastTheBudget_ForgetsTheOldestFirst_AndHoldsNoMore()
    {
        var ledger = Ledger(bytes: 1024 * 1024);
        var turns = ledger.Capacity + 10;

        for (var i = 0; i < turns; i++)
        {
            await ledger.RecordAsync(Turn("t" + i), new TurnStart(Started, _clock.GetUtcNow()), CancellationToken.None);
        }

        Assert.Equal(ledger.Capacity, ledger.Count);
        Assert.Equal(1024 * 1024 / InMemoryTurnLedger.EntryBytes, ledger.Capacity);
        for (var i = 0; i < 10; i++)
        {
            Assert.Null(await ledger.FindAsync(Turn("t" + i), CancellationToken.None));
        }

        // Every turn kept is still found after the ring grew (from 1,024 slots) and wrapped round.
        for (var i = 10; i < turns; i++)
        {
            Assert.NotNull(await ledger.FindAsync(Turn("t" + i), CancellationToken.None));
        }
    }

    [Fact]
    public async Task Record_TheSameTurnTwice_FindsTheLaterStart_EvenAfterTheFirstIsDropped()
    {
        var ledger = Ledger(window: TimeSpan.FromMinutes(2));
        var first = _clock.GetUtcNow();
        await ledger.RecordAsync(Turn("a"), new TurnStart(null, first), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = _clock.GetUtcNow();
        await ledger.RecordAsync(Turn("a"), new TurnStart(Started, second), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(90));

        await ledger.RecordAsync(Turn("b"), new TurnStart(Started, _clock.GetUtcNow()), CancellationToken.None);

        Assert.Equal(new TurnStart(Started, second), await ledger.FindAsync(Turn("a"), CancellationToken.None));
    }

    [Fact]
    public async Task Find_WithAKeyNotMadeByTheHasher_Throws()
    {
        var ledger = Ledger();

        await Assert.ThrowsAsync<ArgumentException>(async () => await ledger.FindAsync("turn:not-a-hash", CancellationToken.None));
    }

    private string Turn(string activityId) => _keys.TurnKeyFor("test", "conversation", activityId);

    private InMemoryTurnLedger Ledger(TimeSpan? window = null, int bytes = 32 * 1024 * 1024)
        => new(Options.Create(new TurnOptions { ReplayWindow = window ?? TimeSpan.FromMinutes(2), ReplayMemoryBytes = bytes }), _clock);
}
