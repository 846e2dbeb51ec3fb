using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Messaging.Authentication;

/// <summary>
/// Checks the Bot Connector's bearer JWT on every incoming activity, as the Bot Framework documents it: issuer
/// <c>https://api.botframework.com</c>, audience the app id, a known RS256/384/512 signing key endorsed for the
/// activity's channel, a lifetime with five minutes' skew, and a <c>serviceurl</c> claim equal to the activity's
/// <c>serviceUrl</c> — the only address replies may then go to. Emulator tokens (Entra ID issuers, no
/// <c>serviceurl</c>) are accepted for this app id but may be answered only on loopback.
/// </summary>
public sealed partial class JwtChannelAuthenticator : IChannelAuthenticator, IDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public const string HttpClientName = "openid-metadata";

    /// <summary>The Bot Framework's token-issuing tenants (v3.1 and v3.2 tokens, v1 and v2 endpoints).</summary>
    private static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotCredentialsOptions _credentials;
    private readonly SigningKeySource _channelKeys;
    private readonly SigningKeySource _emulatorKeys;
    private readonly HashSet<string> _emulatorIssuers;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<JwtChannelAuthenticator> _logger;

    public JwtChannelAuthenticator(
        IOptions<BotCredentialsOptions> credentials,
        IOptions<BotConnectorOptions> connector,
        IHttpClientFactory httpClients,
        TimeProvider clock,
        ILogger<JwtChannelAuthenticator> logger)
    {
        _credentials = credentials.Value;
        _logger = logger;
        var options = connector.Value;
        _channelKeys = new SigningKeySource(options.ChannelOpenIdMetadataUrl, httpClients.CreateClient(HttpClientName), options.SigningKeyRefreshInterval, options.SigningKeyMinimumRefetchInterval, clock);
        _emulatorKeys = new SigningKeySource(options.EmulatorOpenIdMetadataUrl, httpClients.CreateClient(HttpClientName), options.SigningKeyRefreshInterval, options.SigningKeyMinimumRefetchInterval, clock);
        _emulatorIssuers = new HashSet<string>(EmulatorIssuers, StringComparer.Ordinal);
        if (Guid.TryParse(_credentials.MicrosoftAppTenantId, out var tenant))
        {
            // A single-tenant bot's own tenant issues its tokens too.
            _emulatorIssuers.Add($"https://sts.windows.net/{tenant:D}/");
            _emulatorIssuers.Add($"https://login.microsoftonline.com/{tenant:D}/v2.0");
        }
    }

    public async ValueTask<ChannelAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return Reject(RejectionReason.NoHeader);
        }

        const string Scheme = "Bearer ";
        if (!authorizationHeader.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || authorizationHeader.Length <= Scheme.Length)
        {
            return Reject(RejectionReason.WrongScheme);
        }

        var token = authorizationHeader[Scheme.Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return Reject(RejectionReason.Malformed);
        }

        try
        {
            if (jwt.Issuer == BotFrameworkIssuer)
            {
                return await ValidateChannelTokenAsync(token, jwt, activity, cancellationToken);
            }

            if (_emulatorIssuers.Contains(jwt.Issuer))
            {
                return await ValidateEmulatorTokenAsync(token, jwt, cancellationToken);
            }

            return Reject(RejectionReason.UnknownIssuer);
        }
        catch (Exception ex) when ((ex is HttpRequestException or InvalidOperationException or IOException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            // The signing keys could not be fetched: nothing can be trusted, so nothing is answered.
            LogKeysUnavailable(_logger, ex.GetType().Name);
            return ChannelAuthResult.Rejected;
        }
    }

    public void Dispose()
    {
        _channelKeys.Dispose();
        _emulatorKeys.Dispose();
    }

    private async Task<ChannelAuthResult> ValidateChannelTokenAsync(string token, JsonWebToken jwt, Activity activity, CancellationToken cancellationToken)
    {
        if (await KeysFor(_channelKeys, jwt.Kid, cancellationToken) is not { } keys)
        {
            return Reject(RejectionReason.UnknownKey);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters([BotFrameworkIssuer], keys));
        if (!result.IsValid)
        {
            return Reject(ReasonFor(result.Exception));
        }

        if (!string.IsNullOrEmpty(activity.ChannelId)
            && !(keys.Endorsements.TryGetValue(jwt.Kid, out var channels) && channels.Contains(activity.ChannelId)))
        {
            return Reject(RejectionReason.ChannelNotEndorsed);
        }

        if (!jwt.TryGetClaim(ServiceUrlClaim, out var claim)
            || string.IsNullOrEmpty(claim.Value)
            || !string.Equals(claim.Value, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(claim.Value, UriKind.Absolute, out var serviceUrl))
        {
            return Reject(RejectionReason.ServiceUrlMismatch);
        }

        return new ChannelAuthResult(true, uri => Uri.Compare(uri, serviceUrl, UriComponents.HttpRequestUrl, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0);
    }

    private async Task<ChannelAuthResult> ValidateEmulatorTokenAsync(string token, JsonWebToken jwt, CancellationToken cancellationToken)
    {
        if (await KeysFor(_emulatorKeys, jwt.Kid, cancellationToken) is not { } keys)
        {
            return Reject(RejectionReason.UnknownKey);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(_emulatorIssuers, keys));
        if (!result.IsValid)
        {
            return Reject(ReasonFor(result.Exception));
        }

        // v1 tokens name the calling app in appid, v2 tokens in azp; it must be this bot's own app.
        var version = jwt.TryGetClaim("ver", out var ver) ? ver.Value : "1.0";
        var appClaim = version == "2.0" ? "azp" : "appid";
        if (!jwt.TryGetClaim(appClaim, out var app) || !string.Equals(app.Value, _credentials.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return Reject(RejectionReason.WrongApp);
        }

        // The token carries no service URL, so the only safe place to answer is this machine (the Emulator).
        return new ChannelAuthResult(true, LocalModeAuthenticator.IsLoopback);
    }

    /// <summary>The issuer's keys if they hold the token's kid, fetching them again once when they do not.</summary>
    private static async Task<SigningKeys?> KeysFor(SigningKeySource source, string? kid, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(kid))
        {
            return null;
        }

        var keys = await source.GetAsync(cancellationToken);
        if (keys.HasKey(kid))
        {
            return keys;
        }

        keys = await source.RefetchAsync(cancellationToken);
        return keys.HasKey(kid) ? keys : null;
    }

    private TokenValidationParameters Parameters(IEnumerable<string> issuers, SigningKeys keys) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = _credentials.MicrosoftAppId,
        IssuerSigningKeys = keys.Keys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = Algorithms,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromMinutes(5),
    };

    private static RejectionReason ReasonFor(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => RejectionReason.Expired,
        SecurityTokenNotYetValidException => RejectionReason.NotYetValid,
        SecurityTokenInvalidAudienceException => RejectionReason.WrongAudience,
        SecurityTokenInvalidIssuerException => RejectionReason.UnknownIssuer,
        SecurityTokenSignatureKeyNotFoundException => RejectionReason.UnknownKey,
        SecurityTokenInvalidSignatureException or SecurityTokenInvalidAlgorithmException => RejectionReason.BadSignature,
        _ => RejectionReason.Invalid,
    };

    private ChannelAuthResult Reject(RejectionReason reason)
    {
        LogRejected(_logger, reason);
        return ChannelAuthResult.Rejected;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An activity was refused: {Reason}.")]
    private static partial void LogRejected(ILogger logger, RejectionReason reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Channel signing keys could not be fetched ({ExceptionType}); the activity was refused.")]
    private static partial void LogKeysUnavailable(ILogger logger, string exceptionType);
}

/// <summary>Why a token was refused: logged as a category only, never with anything from the token.</summary>
public enum RejectionReason
{
    NoHeader,
    WrongScheme,
    Malformed,
    UnknownIssuer,
    UnknownKey,
    BadSignature,
    WrongAudience,
    Expired,
    NotYetValid,
    ChannelNotEndorsed,
    ServiceUrlMismatch,
    WrongApp,
    Invalid,
}
