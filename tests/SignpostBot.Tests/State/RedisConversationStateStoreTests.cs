using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.State;
using SignpostBot.State;

namespace SignpostBot.Tests.State;

/// <summary>The Redis store against a real redis-server: values, time to live, corrupt entries, Redis away.</summary>
public sealed class RedisConversationStateStoreTests : IAsyncLifetime, IDisposable
{
    private static readonly DialogState Waiting = new()
    {
        Stack = [new DialogFrame("victim", "country")],
        Slots = Slots.Empty with { Role = "victim" },
        Greeted = true,
    };

    private RedisServer _redis = null!;
    private RedisConnection _connection = null!;
    private RedisConversationStateStore _store = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _connection = new RedisConnection(Options.Create(new RedisStateOptions { Configuration = _redis.Configuration, Timeout = TimeSpan.FromSeconds(2) }));
        _store = new RedisConversationStateStore(
            _connection,
            Options.Create(new BotOptions { StateTtl = TimeSpan.FromMinutes(7) }));
    }

    [Fact]
    public async Task SetThenGet_ReturnsTheSameState()
    {
        await _store.SetAsync("conv:a", Waiting, CancellationToken.None);

        var read = await _store.GetAsync("conv:a", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(Waiting.Stack.ToArray(), read.Stack.ToArray());
        Assert.Equal("victim", read.Slots.Role);
        Assert.True(read.Greeted);
    }

    [Fact]
    public async Task Set_EveryWrite_SetsTheTimeToLive()
    {
        await _store.SetAsync("conv:ttl", Waiting, CancellationToken.None);
        await _redis.Database.KeyPersistAsync("conv:ttl");

        await _store.SetAsync("conv:ttl", Waiting, CancellationToken.None);

        var ttl = await _redis.Database.KeyTimeToLiveAsync("conv:ttl");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(7));
    }

    [Fact]
    public async Task Set_ValueIsTheCompactStateJson_UnderOneKilobyte()
    {
        await _store.SetAsync("conv:size", Waiting, CancellationToken.None);

        var raw = (string?)await _redis.Database.StringGetAsync("conv:size");

        Assert.NotNull(raw);
        Assert.StartsWith("{", raw, StringComparison.Ordinal);
        Assert.InRange(raw.Length, 2, 1024);
    }

    [Fact]
    public async Task Get_Missing_ReturnsNull()
        => Assert.Null(await _store.GetAsync("conv:none", CancellationToken.None));

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"version\":99}")]
    [InlineData("null")]
    public async Task Get_CorruptEntry_ThrowsCorruptState(string value)
    {
        await _redis.Database.StringSetAsync("conv:bad", value);

        await Assert.ThrowsAsync<CorruptStateException>(async () => await _store.GetAsync("conv:bad", CancellationToken.None));
    }

    [Fact]
    public async Task Delete_RemovesTheEntry()
    {
        await _store.SetAsync("conv:gone", Waiting, CancellationToken.None);

        await _store.DeleteAsync("conv:gone", CancellationToken.None);

        Assert.False(await _redis.Database.KeyExistsAsync("conv:gone"));
    }

    [Fact]
    public async Task Get_RedisKilled_ThrowsStoreUnavailable()
    {
        _redis.Kill();

        await Assert.ThrowsAsync<StateStoreUnavailableException>(async () => await _store.GetAsync("conv:a", CancellationToken.None));
    }

    [Fact]
    public async Task Get_RedisPaused_ThrowsStoreUnavailableInsteadOfWaiting()
    {
        await _redis.Server.ExecuteAsync("CLIENT", "PAUSE", "5000", "ALL");

        await Assert.ThrowsAsync<StateStoreUnavailableException>(async () => await _store.GetAsync("conv:a", CancellationToken.None));
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    public void Dispose() => _connection.Dispose();
}
