using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SignpostBot.DirectLine;

/// <summary>What a valid token allows: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId, DateTimeOffset Expires);

/// <summary>The outcome of checking a token.</summary>
public enum TokenStatus
{
    Valid,
    Expired,
    Invalid,
}

public sealed record TokenCheck(TokenStatus Status, DirectLineGrant? Grant)
{
    public static readonly TokenCheck Invalid = new(TokenStatus.Invalid, null);
}

/// <summary>
/// Issues and checks the built-in Direct Line's tokens: short-lived JWTs signed with HMAC-SHA256 and bound to one
/// conversation. The <c>user</c> claim is what botframework-directlinejs looks for to fix the user id.
/// </summary>
public sealed class DirectLineTokens
{
    public const string ConversationClaim = "conv";
    public const string UserClaim = "user";
    private const string Issuer = "signpostbot-directline";
    private const string Audience = "signpostbot-directline";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;
    private readonly TokenValidationParameters _validation;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        var configured = options.Value.TokenKey;
        var key = new SymmetricSecurityKey(string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured));
        _credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        _clock = clock;
        _lifetime = options.Value.TokenLifetime;
        _validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            // Expiry is checked against the app's clock below, so an expired token is told apart from a forged one.
            ValidateLifetime = false,
        };
    }

    public TimeSpan Lifetime => _lifetime;

    public string Issue(string conversationId, string userId) => IssueAt(conversationId, userId, _clock.GetUtcNow());

    public string IssueAt(string conversationId, string userId, DateTimeOffset issuedAt)
        => _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + _lifetime).UtcDateTime,
            Claims = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [ConversationClaim] = conversationId,
                [UserClaim] = userId,
                ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
            },
            SigningCredentials = _credentials,
        });

    public async Task<TokenCheck> CheckAsync(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return TokenCheck.Invalid;
        }

        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue(ConversationClaim, out string? conversationId) || string.IsNullOrEmpty(conversationId)
            || !jwt.TryGetPayloadValue(UserClaim, out string? userId) || string.IsNullOrEmpty(userId))
        {
            return TokenCheck.Invalid;
        }

        var grant = new DirectLineGrant(conversationId, userId, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
        return grant.Expires <= _clock.GetUtcNow() ? new TokenCheck(TokenStatus.Expired, grant) : new TokenCheck(TokenStatus.Valid, grant);
    }

    /// <summary>The token from <c>Authorization: Bearer</c>, or null.</summary>
    public static string? FromHeader(string? authorization)
        => authorization is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : null;

}
