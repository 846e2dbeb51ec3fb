using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SignpostBot.Dialogs.Content;

namespace SignpostBot.Tests.WebChat;

/// <summary>The page, the widget script and the headers a safeguarding site sends.</summary>
public sealed partial class WebChatEndpointsTests(BotFactory host) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Page_ShowsTheEmergencyNumberFromKnowledgeAsATelLinkAndExitThisPage()
    {
        using var client = host.CreateClient();
        var html = await client.GetStringAsync("/");
        var content = host.Services.GetRequiredService<DialogSet>();
        var emergency = content.Knowledge.UnknownCountryEmergency[0];

        Assert.Contains($"In immediate danger? Call <a class=\"strip__tel\" href=\"{emergency.TelUri}\" dir=\"ltr\">{emergency.Display}</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.bbc.co.uk/weather\" data-signpost-exit", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:+448000121700\" dir=\"ltr\">08000 121 700</a>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/widget.js?lang=en-GB\" data-chrome=\"host\" nonce=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalUrl(), html.Replace("https://www.bbc.co.uk/weather", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_SendsAStrictCspWithAFreshNonceAndTheSafeguardingHeaders()
    {
        using var client = host.CreateClient();
        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");
        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = NonceInPolicy().Match(csp).Groups[1].Value;

        Assert.StartsWith("default-src 'none'; script-src 'self'; style-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Contains($"nonce=\"{nonce}\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(csp, second.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", first.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", first.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", first.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        Assert.Contains("camera=()", first.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", first.Headers.CacheControl!.ToString());
        Assert.False(first.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/api/directline/token")]
    [InlineData("/widget.js")]
    public async Task OtherResponses_CarryTheSameHeadersAndALockedDownCsp(string path)
    {
        using var client = host.CreateClient();
        using var response = path.StartsWith("/api", StringComparison.Ordinal) ? await client.PostAsync(path, null) : await client.GetAsync(path);

        Assert.Equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task BotConnectorReplies_CarryOnlyNoSniffAndNoStore()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/api/messages", BotClient.Json(
            """{"type":"message","id":"1","channelId":"test","conversation":{"id":"headers"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"hi","deliveryMode":"expectReplies"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Permissions-Policy"));
    }

    [Fact]
    public async Task Widget_IsOneScriptWithItsConfigurationAndMayBeEmbeddedElsewhere()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/widget.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.StartsWith("(function(__signpostBotConfig){", script, StringComparison.Ordinal);
        Assert.Contains("\"exitUrl\":\"https://www.bbc.co.uk/weather\"", script, StringComparison.Ordinal);
        Assert.Contains("{\"name\":null,\"display\":\"112\",\"tel\":\"tel:112\"}", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(CdnReference(), script);
    }

    [Fact]
    public async Task Widget_AskedForGzip_IsSentCompressed()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        request.Headers.Add("Accept-Encoding", "gzip");
        using var response = await client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var script = await reader.ReadToEndAsync();

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.StartsWith("(function(__signpostBotConfig){", script, StringComparison.Ordinal);
        Assert.True(compressed.Length < script.Length / 2);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("(src|href)=\"https?://")]
    private static partial Regex ExternalUrl();

    [GeneratedRegex("(unpkg|jsdelivr|cdn\\.botframework|cdnjs|fonts\\.googleapis|google-analytics)", RegexOptions.IgnoreCase)]
    private static partial Regex CdnReference();
}
