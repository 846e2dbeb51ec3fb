using System.Net;
using SignpostBot.Content.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Localization;

/// <summary>A copy of the content with a (test) Arabic file: the page takes its direction from languages.yaml.</summary>
public sealed class ArabicPageContent : IDisposable
{
    private readonly ContentCopy _copy = new();

    public ArabicPageContent()
    {
        // A test file of one text: an unoffered language still gets its direction on the page.
        File.WriteAllText(Path.Combine(_copy.Dialogs, TranslationLoader.Folder, "ar.yaml"), """
            # yaml-language-server: $schema=../schemas/locale.schema.json
            version: 1
            language: ar
            drafted: a test
            review: needed
            texts:
              web.exit: اخرج من هذه الصفحة
            """);
        Host = new BotFactory().With("Bot:ContentRoot", _copy.Root);
    }

    public BotFactory Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        _copy.Dispose();
    }
}

/// <summary>Arabic and Persian are written right to left (<c>direction: rtl</c> in languages.yaml); the numbers stay as they are.</summary>
public sealed class RightToLeftPageTests(ArabicPageContent content) : IClassFixture<ArabicPageContent>
{
    [Fact]
    public async Task Page_InArabic_IsRightToLeftWithTheSameNumbers()
    {
        using var client = content.Host.CreateClient();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/?lang=ar"));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("اخرج من هذه الصفحة", page, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:112\">112</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_InEnglish_IsLeftToRight()
    {
        using var client = content.Host.CreateClient();

        var page = await client.GetStringAsync("/");

        Assert.Contains("dir=\"ltr\"", page, StringComparison.Ordinal);
    }
}
