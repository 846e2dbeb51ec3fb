using System.Net;
using System.Text.Json;
using SignpostBot.Content.Loading;
using SignpostBot.Testing;
using SignpostBot.Testing.Conversations;

namespace SignpostBot.Tests.Localization;

/// <summary>A copy of the content with the pseudo-locale's file, served by the app: the same seam over HTTP.</summary>
public sealed class PseudoLocaleContent : IDisposable
{
    private readonly ContentCopy _copy = new();

    public PseudoLocaleContent()
    {
        File.WriteAllText(
            Path.Combine(_copy.Dialogs, TranslationLoader.Folder, PseudoLocale.Language + ".yaml"),
            PseudoLocale.FileText(TestContent.Dialogs));

        // Only English is offered beside it, so the scripts' English messages are not detected as a switch to English:
        // these conversations stay in the pseudo-locale, as one chosen on the page would.
        var languages = Path.Combine(_copy.Dialogs, "languages.yaml");
        var text = File.ReadAllText(languages);
        var afterEnglish = text.IndexOf("  - language: ", text.IndexOf("  - language: en", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        File.WriteAllText(languages, text[..afterEnglish] + text[afterEnglish..].Replace("offered: true", "offered: false", StringComparison.Ordinal));
        Host = new BotFactory().With("Bot:ContentRoot", _copy.Root);
    }

    public BotFactory Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        _copy.Dispose();
    }
}

/// <summary>
/// Over POST /api/messages, a conversation whose activities carry the pseudo-locale gets every reply in it, with the
/// same numbers; the page and widget are served in the language asked for.
/// </summary>
public sealed class PseudoLocaleHttpTests(PseudoLocaleContent content) : IClassFixture<PseudoLocaleContent>
{
    // Scripts that set their own locale test recognizers in that language, so they keep it; the language-* scripts
    // choose among offered languages, which this copy (English and the pseudo-locale) does not have.
    public static TheoryData<string> Scripts { get; } = new(ConversationScript.Files.Where(f => ConversationScript.LoadFile(f).Locale is null && !f.StartsWith("language-", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_WithThePseudoLocale_ChangesEveryTextAndNoNumber(string file)
    {
        var script = ConversationScript.LoadFile(file);
        using var client = content.Host.CreateClient();

        await LanguageComparison.RunAsync(
            script,
            async activity => new TurnReplies(await BotClient.SendAsync(client, activity), Ended: null),
            async activity => new TurnReplies(await BotClient.SendAsync(client, activity with { Locale = PseudoLocale.Locale }), Ended: null));
    }

    [Theory]
    [InlineData("/?lang=qps", null)]
    [InlineData("/", "qps-ploc, en;q=0.5")]
    public async Task Page_AskedForThePseudoLocale_IsInIt(string url, string? acceptLanguage)
    {
        using var client = content.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        // The page HTML-encodes its texts; a browser reads them back as written.
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"qps\" dir=\"ltr\">", page, StringComparison.Ordinal);
        Assert.Contains(PseudoLocale.Transform("Get help with exploitation and trafficking"), page, StringComparison.Ordinal);
        Assert.Contains("widget.js?lang=qps", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:112\" dir=\"ltr\">112</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Get help with exploitation", page, StringComparison.Ordinal);
        Assert.DoesNotContain("United Kingdom only", page, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_NoLanguageAsked_IsBritishEnglishWithEveryTextFilled()
    {
        using var client = content.Host.CreateClient();

        var page = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"en-GB\" dir=\"ltr\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Get help with exploitation and trafficking</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Widget_AskedForThePseudoLocale_CarriesItsTexts()
    {
        using var client = content.Host.CreateClient();

        var english = await client.GetStringAsync("/widget.js");
        var pseudo = await client.GetStringAsync("/widget.js?lang=qps");

        Assert.Contains("\"launcher\":\"Start a chat\"", english, StringComparison.Ordinal);
        Assert.Contains("\"launcher\":" + JsonSerializer.Serialize(PseudoLocale.Transform("Start a chat")), pseudo, StringComparison.Ordinal);
        Assert.Contains("\"language\":\"qps\"", pseudo, StringComparison.Ordinal);
    }
}
