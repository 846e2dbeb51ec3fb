using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SignpostBot.Tests;

/// <summary>
/// A real OpenID provider on loopback standing in for the Bot Connector's (and Entra ID's, for Emulator tokens)
/// metadata and signing-key endpoints. It holds test RSA key pairs, publishes their public halves with Bot
/// Framework endorsements, and issues real signed JWTs.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, PublishedKey> _channelKeys = new();
    private readonly ConcurrentDictionary<string, PublishedKey> _emulatorKeys = new();
    private int _channelMetadataFetches;

    private TestIdentityProvider(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ChannelMetadataUrl => new(BaseUrl, "botframework/.well-known/openidconfiguration");

    public Uri EmulatorMetadataUrl => new(BaseUrl, "aad/.well-known/openid-configuration");

    public int ChannelMetadataFetches => Volatile.Read(ref _channelMetadataFetches);

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var app = LoopbackServer.Create();
        var provider = new TestIdentityProvider(app);
        app.MapGet("/botframework/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref provider._channelMetadataFetches);
            return Results.Json(Metadata(ChannelIssuer, new Uri(provider.BaseUrl, "botframework/keys")));
        });
        app.MapGet("/botframework/keys", () => Results.Json(Jwks(provider._channelKeys.Values)));
        app.MapGet("/aad/.well-known/openid-configuration", () => Results.Json(Metadata(EmulatorIssuer, new Uri(provider.BaseUrl, "aad/keys"))));
        app.MapGet("/aad/keys", () => Results.Json(Jwks(provider._emulatorKeys.Values)));
        provider.BaseUrl = await LoopbackServer.StartAsync(app);
        return provider;
    }

    /// <summary>Publishes a new channel signing key, endorsed for the given channels.</summary>
    public SigningCredentials AddChannelKey(string kid, params string[] endorsements)
    {
        var key = NewKey(kid);
        _channelKeys[kid] = new PublishedKey(key, endorsements);
        return new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }

    public SigningCredentials AddEmulatorKey(string kid)
    {
        var key = NewKey(kid);
        _emulatorKeys[kid] = new PublishedKey(key, []);
        return new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>A key pair this provider does not publish, for forged tokens.</summary>
    public static SigningCredentials UnpublishedKey(string kid) => new(NewKey(kid), SecurityAlgorithms.RsaSha256);

    public static string Issue(
        SigningCredentials? credentials,
        string issuer,
        string audience,
        IDictionary<string, object> claims,
        DateTime? notBefore = null,
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = (notBefore ?? now).AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = credentials,
            Subject = new ClaimsIdentity(),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    private static Dictionary<string, object> Metadata(string issuer, Uri jwks) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = jwks.AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    };

    private static Dictionary<string, object> Jwks(IEnumerable<PublishedKey> keys) => new()
    {
        ["keys"] = keys.Select(k =>
        {
            var parameters = k.Key.Rsa.ExportParameters(false);
            return new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = k.Key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = k.Endorsements,
            };
        }).ToList(),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record PublishedKey(RsaSecurityKey Key, string[] Endorsements);
}
