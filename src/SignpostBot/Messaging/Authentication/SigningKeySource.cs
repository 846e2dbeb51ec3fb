using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SignpostBot.Messaging.Authentication;

/// <summary>
/// The signing keys of one issuer, read from its OpenID metadata and JWKS: cached, fetched again once the
/// refresh interval has passed, and fetched at once when a token names a key the cache does not hold — at most
/// once per <c>minimumRefetchInterval</c>, so forged key ids cannot make the bot hammer the issuer. If a
/// scheduled fetch fails, the last good keys stay in use. Keeps each key's Bot Framework <c>endorsements</c>.
/// </summary>
public sealed class SigningKeySource(Uri metadataUrl, HttpClient http, TimeSpan refreshInterval, TimeSpan minimumRefetchInterval, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HttpDocumentRetriever _documents = new(http) { RequireHttps = !LocalModeAuthenticator.IsLoopback(metadataUrl) };
    private SigningKeys? _current;
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _lastRefetch = DateTimeOffset.MinValue;

    public async Task<SigningKeys> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } current && clock.GetUtcNow() - _fetchedAt < refreshInterval)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && clock.GetUtcNow() - _fetchedAt < refreshInterval)
            {
                return fresh;
            }

            try
            {
                return await FetchAsync(cancellationToken);
            }
            catch (Exception ex) when (_current is not null && ex is not OperationCanceledException)
            {
                // Keep answering with the last good keys; the next call tries again.
                return _current;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Fetches the keys again because a token named an unknown key id, unless that was done very recently.</summary>
    public async Task<SigningKeys> RefetchAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            if (_current is { } current && now - _lastRefetch < minimumRefetchInterval)
            {
                return current;
            }

            _lastRefetch = now;
            return await FetchAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<SigningKeys> FetchAsync(CancellationToken cancellationToken)
    {
        var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl.AbsoluteUri, _documents, cancellationToken);
        var keys = SigningKeys.From(configuration);
        _fetchedAt = clock.GetUtcNow();
        Volatile.Write(ref _current, keys);
        return keys;
    }
}

/// <summary>A snapshot of an issuer's keys and, per key id, the channels the key is endorsed for.</summary>
public sealed record SigningKeys(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements)
{
    public static SigningKeys From(OpenIdConnectConfiguration configuration)
    {
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (key.KeyId is { } kid)
            {
                endorsements[kid] = ReadEndorsements(key);
            }
        }

        return new SigningKeys(configuration.SigningKeys.ToList(), endorsements);
    }

    public bool HasKey(string? kid) => kid is not null && Keys.Any(k => k.KeyId == kid);

    private static HashSet<string> ReadEndorsements(JsonWebKey key)
    {
        var channels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!key.AdditionalData.TryGetValue("endorsements", out var value) || value is null)
        {
            return channels;
        }

        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                channels.UnionWith(array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                break;
            case string single:
                channels.Add(single);
                break;
            case IEnumerable items:
                channels.UnionWith(items.OfType<object>().Select(i => i.ToString()!));
                break;
        }

        return channels;
    }
}
