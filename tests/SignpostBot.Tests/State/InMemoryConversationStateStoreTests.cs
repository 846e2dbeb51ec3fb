using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.State;
using SignpostBot.State;

namespace SignpostBot.Tests.State;

public sealed class InMemoryConversationStateStoreTests
{
    private readonly ManualClock _clock = new();
    private readonly InMemoryConversationStateStore _store;

    public InMemoryConversationStateStoreTests()
    {
        var cache = new MemoryCache(new MemoryCacheOptions { Clock = _clock, SizeLimit = 100 });
        _store = new InMemoryConversationStateStore(cache, Options.Create(new BotOptions { StateTtl = TimeSpan.FromMinutes(30) }));
    }

    [Fact]
    public async Task Get_AfterSet_ReturnsTheState()
    {
        var state = DialogState.Empty with { Greeted = true };

        await _store.SetAsync("k", state, CancellationToken.None);

        Assert.Equal(state, await _store.GetAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task Get_AfterDelete_ReturnsNothing()
    {
        await _store.SetAsync("k", DialogState.Empty, CancellationToken.None);

        await _store.DeleteAsync("k", CancellationToken.None);

        Assert.Null(await _store.GetAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task Get_IdleLongerThanTheTtl_ReturnsNothing()
    {
        await _store.SetAsync("k", DialogState.Empty, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(await _store.GetAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task Get_UsedWithinTheTtl_SlidesTheExpiry()
    {
        await _store.SetAsync("k", DialogState.Empty, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(20));
        await _store.GetAsync("k", CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(20));

        Assert.NotNull(await _store.GetAsync("k", CancellationToken.None));
    }

    private sealed class ManualClock : ISystemClock
    {
        public DateTimeOffset UtcNow { get; private set; } = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => UtcNow += by;
    }
}
