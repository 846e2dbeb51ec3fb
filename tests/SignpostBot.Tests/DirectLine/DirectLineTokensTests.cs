using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SignpostBot.DirectLine;

namespace SignpostBot.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private DirectLineTokens Tokens(string? key = null) => new(Options.Create(new DirectLineOptions { TokenKey = key ?? string.Empty, TokenLifetime = TimeSpan.FromMinutes(30) }), _clock);

    [Fact]
    public async Task Check_IssuedToken_IsValidForItsConversationAndUser()
    {
        var tokens = Tokens();
        var check = await tokens.CheckAsync(tokens.Issue("conv-1", "dl_user"));

        Assert.Equal(TokenStatus.Valid, check.Status);
        Assert.Equal("conv-1", check.Grant!.ConversationId);
        Assert.Equal("dl_user", check.Grant.UserId);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(30).ToUnixTimeSeconds(), check.Grant.Expires.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Check_AfterItsLifetime_IsExpiredButStillKnownAsGenuine()
    {
        var tokens = Tokens();
        var token = tokens.Issue("conv-1", "dl_user");
        _clock.Advance(TimeSpan.FromMinutes(30));

        var check = await tokens.CheckAsync(token);

        Assert.Equal(TokenStatus.Expired, check.Status);
        Assert.Equal("conv-1", check.Grant!.ConversationId);
    }

    [Fact]
    public async Task Check_SignedWithAnotherKeyOrTampered_IsInvalid()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var other = Tokens(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var tokens = Tokens(key);
        var genuine = tokens.Issue("conv-1", "dl_user");
        var parts = genuine.Split('.');
        var tampered = parts[0] + "." + parts[1].Replace(parts[1][5], parts[1][5] == 'A' ? 'B' : 'A') + "." + parts[2];

        Assert.Equal(TokenStatus.Invalid, (await tokens.CheckAsync(other.Issue("conv-1", "dl_user"))).Status);
        Assert.Equal(TokenStatus.Invalid, (await tokens.CheckAsync(tampered)).Status);
        Assert.Equal(TokenStatus.Invalid, (await tokens.CheckAsync(parts[0] + "." + parts[1] + ".")).Status);
        Assert.Equal(TokenStatus.Valid, (await Tokens(key).CheckAsync(genuine)).Status);
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer  abc ", "abc")]
    [InlineData("Basic abc", null)]
    [InlineData(null, null)]
    public void FromHeader_ReadsOnlyBearerTokens(string? header, string? token) => Assert.Equal(token, DirectLineTokens.FromHeader(header));
}
