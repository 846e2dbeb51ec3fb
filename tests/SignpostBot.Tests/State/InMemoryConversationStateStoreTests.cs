using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SignpostBot.Content;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.State;
using SignpostBot.State;

namespace SignpostBot.Tests.State;

public sealed class InMemoryConversationStateStoreTests : IDisposable
{
    private static readonly IOptions<BotOptions> ThirtyMinutes = Options.Create(new BotOptions { StateTtl = TimeSpan.FromMinutes(30) });

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero));
    private readonly InMemoryConversationStateStore _store;

    public InMemoryConversationStateStoreTests()
    {
        _store = new InMemoryConversationStateStore(ThirtyMinutes, _clock);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Get_AfterSet_ReturnsTheState()
    {
        var state = DialogState.Empty with { Greeted = true };

        await _store.SetAsync("k", state, CancellationToken.None);

        Assert.Equal(state, await _store.GetAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task Get_AfterASecondSet_ReturnsTheNewerState()
    {
        await _store.SetAsync("k", DialogState.Empty with { Greeted = true }, CancellationToken.None);

        await _store.SetAsync("k", DialogState.Empty with { Slots = Slots.Empty with { Role = "victim" } }, CancellationToken.None);

        var state = await _store.GetAsync("k", CancellationToken.None);
        Assert.Equal("victim", state!.Slots.Role);
        Assert.False(state.Greeted);
        Assert.Equal(1, _store.Count);
    }

    [Fact]
    public async Task Get_AfterDelete_ReturnsNothing()
    {
        await _store.SetAsync("k", DialogState.Empty, CancellationToken.None);

        await _store.DeleteAsync("k", CancellationToken.None);

        Assert.Null(await _store.GetAsync("k", CancellationToken.None));
        Assert.Equal(0, _store.Count);
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

    [Fact]
    public async Task IdleConversations_NeverReadAgain_AreForgottenByTheSweep()
    {
        await _store.SetAsync("idle", DialogState.Empty, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(20));
        await _store.SetAsync("busy", DialogState.Empty, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(12));

        Assert.Equal(1, _store.Count);
        Assert.NotNull(await _store.GetAsync("busy", CancellationToken.None));
    }

    [Fact]
    public async Task Set_SameStateInTwoConversations_KeepsOneSharedInstance()
    {
        var frame = new DialogFrame("victim", "danger");
        var slots = Slots.Empty with { Role = "victim", InDanger = false };

        await _store.SetAsync("a", DialogState.Empty with { Stack = [frame], Slots = slots, Greeted = true }, CancellationToken.None);
        await _store.SetAsync("b", DialogState.Empty with { Stack = [frame with { }], Slots = slots with { }, Greeted = true }, CancellationToken.None);

        Assert.Same(await _store.GetAsync("a", CancellationToken.None), await _store.GetAsync("b", CancellationToken.None));
    }

    [Fact]
    public async Task Set_DifferentStates_AreNotShared()
    {
        await _store.SetAsync("a", DialogState.Empty with { Stack = [new DialogFrame("victim", "danger")] }, CancellationToken.None);
        await _store.SetAsync("b", DialogState.Empty with { Stack = [new DialogFrame("victim", "country")] }, CancellationToken.None);

        Assert.Equal("danger", (await _store.GetAsync("a", CancellationToken.None))!.Stack[0].StepId);
        Assert.Equal("country", (await _store.GetAsync("b", CancellationToken.None))!.Stack[0].StepId);
    }

    [Fact]
    public async Task Set_WhenFull_ForgetsTheLeastRecentlyUsedToMakeRoom()
    {
        using var store = new InMemoryConversationStateStore(ThirtyMinutes, _clock, capacity: 20);
        for (var i = 0; i < 20; i++)
        {
            await store.SetAsync($"k{i}", DialogState.Empty, CancellationToken.None);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        await store.SetAsync("one too many", DialogState.Empty, CancellationToken.None);

        Assert.True(await LocalProcess.WaitUntilAsync(() => Task.FromResult(store.Count == 19), TimeSpan.FromSeconds(10)));
        Assert.Null(await store.GetAsync("k0", CancellationToken.None));
        Assert.NotNull(await store.GetAsync("k19", CancellationToken.None));
    }
}
