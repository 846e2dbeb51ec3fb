using System.Net;

namespace SignpostBot.Tests.Localization;

/// <summary>Arabic and Persian are written right to left (<c>direction: rtl</c> in languages.yaml); the numbers stay as they are.</summary>
public sealed class RightToLeftPageTests(BotFactory host) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Page_InArabic_IsRightToLeftWithTheSameNumbers()
    {
        using var client = host.CreateClient();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/?lang=ar"));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("اخرج من هذه الصفحة", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:112\" dir=\"ltr\">112</a>", page, StringComparison.Ordinal);
        // The service's own name is isolated (it stays Latin); the Arabic "(… only)" and its brackets follow the page.
        Assert.Matches("<li><bdi>Childline</bdi> \\([^)<]*\\p{IsArabic}[^)<]*\\): <a href=\"tel:\\+448001111\" dir=\"ltr\">0800 1111</a></li>", page);
    }

    [Fact]
    public async Task Page_InEnglish_IsLeftToRight()
    {
        using var client = host.CreateClient();

        var page = await client.GetStringAsync("/");

        Assert.Contains("dir=\"ltr\"", page, StringComparison.Ordinal);
    }
}
