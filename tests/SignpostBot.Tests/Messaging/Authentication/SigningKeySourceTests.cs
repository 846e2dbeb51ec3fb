using SignpostBot.Messaging.Authentication;

namespace SignpostBot.Tests.Messaging.Authentication;

/// <summary>Signing keys are cached, fetched again on schedule (at least daily), and refetched for unknown kids at a bounded rate.</summary>
public sealed class SigningKeySourceTests : IAsyncLifetime, IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly HttpClient _http = new();
    private TestIdentityProvider _identity = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentityProvider.StartAsync();
        _identity.AddChannelKey("first", "msteams");
    }

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Get_WithinTheRefreshInterval_UsesTheCachedKeys()
    {
        using var source = NewSource();

        await source.GetAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(11));
        var keys = await source.GetAsync(CancellationToken.None);

        Assert.Equal(1, _identity.ChannelMetadataFetches);
        Assert.True(keys.HasKey("first"));
        Assert.Contains("msteams", keys.Endorsements["first"]);
    }

    [Fact]
    public async Task Get_AfterTheRefreshInterval_FetchesTheKeysAgain()
    {
        using var source = NewSource();
        await source.GetAsync(CancellationToken.None);
        _identity.AddChannelKey("second", "msteams");

        _clock.Advance(TimeSpan.FromHours(12) + TimeSpan.FromSeconds(1));
        var keys = await source.GetAsync(CancellationToken.None);

        Assert.Equal(2, _identity.ChannelMetadataFetches);
        Assert.True(keys.HasKey("second"));
    }

    [Fact]
    public async Task Refetch_ManyUnknownKidsInAFewMinutes_FetchesOnlyOnce()
    {
        using var source = NewSource();
        await source.GetAsync(CancellationToken.None);

        for (var i = 0; i < 20; i++)
        {
            await source.RefetchAsync(CancellationToken.None);
            _clock.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(2, _identity.ChannelMetadataFetches);

        _clock.Advance(TimeSpan.FromMinutes(5));
        await source.RefetchAsync(CancellationToken.None);
        Assert.Equal(3, _identity.ChannelMetadataFetches);
    }

    [Fact]
    public async Task Get_ScheduledFetchFails_KeepsTheLastGoodKeys()
    {
        using var source = new SigningKeySource(_identity.ChannelMetadataUrl, _http, TimeSpan.FromHours(12), TimeSpan.FromMinutes(5), _clock);
        await source.GetAsync(CancellationToken.None);
        await _identity.DisposeAsync();

        _clock.Advance(TimeSpan.FromDays(1));
        var keys = await source.GetAsync(CancellationToken.None);

        Assert.True(keys.HasKey("first"));
        _identity = await TestIdentityProvider.StartAsync();
    }

    [Fact]
    public async Task Get_RemoteMetadataOverPlainHttp_IsRefusedWithoutAnyRequest()
    {
        using var source = new SigningKeySource(new Uri("http://login.botframework.example/v1/.well-known/openidconfiguration"), _http, TimeSpan.FromHours(12), TimeSpan.FromMinutes(5), _clock);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => source.GetAsync(CancellationToken.None));

        // A request would have failed to resolve the .example host with an HttpRequestException.
        Assert.IsNotType<HttpRequestException>(error);
        Assert.Contains("IDX20108", error.ToString(), StringComparison.Ordinal);
    }

    private SigningKeySource NewSource() => new(_identity.ChannelMetadataUrl, _http, TimeSpan.FromHours(12), TimeSpan.FromMinutes(5), _clock);

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
