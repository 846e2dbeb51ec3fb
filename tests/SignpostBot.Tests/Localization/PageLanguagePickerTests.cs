using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SignpostBot.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Localization;

/// <summary>
/// The page follows <c>?lang=</c>, else the browser's languages in order of preference, to the first the content has;
/// it lists the offered languages by their own names, each a link to <c>?lang=</c>; nothing is stored.
/// </summary>
public sealed partial class PageLanguagePickerTests(OfferedLanguagesContent content) : IClassFixture<OfferedLanguagesContent>
{
    [Theory]
    [InlineData(null, "de-DE, ro;q=0.8, en;q=0.5", "ro")]      // German is not served: the next preference is
    [InlineData(null, "en;q=0.4, ar-EG;q=0.9", "ar")]          // by quality, not by order
    [InlineData(null, "fr-FR, de;q=0.9", "en-GB")]             // none served: English
    [InlineData(null, "en-US, ro;q=0.9", "en-GB")]             // English asked first stays English
    [InlineData("ro", "ar", "ro")]                             // the picker's choice wins over the browser's
    [InlineData("xx-YY", "ro", "ro")]                          // a language the content lacks: the browser's
    [InlineData("not a tag<script>", null, "en-GB")]
    public async Task Page_AskedInOrder_IsInTheFirstLanguageTheContentHas(string? query, string? acceptLanguage, string expected)
    {
        using var response = await GetAsync(query is null ? "/" : "/?lang=" + Uri.EscapeDataString(query), acceptLanguage);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{expected}\"", page, StringComparison.Ordinal);
        Assert.Contains($"widget.js?lang={expected}\"", page, StringComparison.Ordinal);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Page_ListsEveryOfferedLanguageByItsOwnNameAsALink_MarkingItsOwn()
    {
        using var response = await GetAsync("/?lang=ro", acceptLanguage: null);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("<nav class=\"languages\" aria-labelledby=\"languages-label\">", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"languages__label\" id=\"languages-label\">Limba</p>", page, StringComparison.Ordinal);
        var links = LanguageLink().Matches(page).Select(m => (Href: m.Groups["href"].Value, Lang: m.Groups["lang"].Value, Dir: m.Groups["dir"].Value, Current: m.Groups["current"].Success, Name: m.Groups["name"].Value)).ToList();
        // Every offered language, in the order of languages.yaml, each in its own language and direction.
        Assert.Equal(
            Offered().Select(l => ($"/?lang={l.Language}", l.Language, l.RightToLeft ? "rtl" : "ltr", l.Language == "ro", l.OwnName)),
            links);
        Assert.Contains(("/?lang=en", "en", "ltr", false, "English"), links);
        Assert.Contains(("/?lang=ar", "ar", "rtl", false, "العربية"), links);
        Assert.Contains(("/?lang=ro", "ro", "ltr", true, "Română"), links);
    }

    [Fact]
    public async Task Widget_CarriesEveryOfferedLanguagesTextsAndOpensInTheOneAsked()
    {
        using var response = await GetAsync("/widget.js?lang=ar", acceptLanguage: "ro");
        var script = await response.Content.ReadAsStringAsync();
        var config = System.Text.Json.JsonDocument.Parse(script[(script.LastIndexOf("})(", StringComparison.Ordinal) + 3)..script.LastIndexOf(");", StringComparison.Ordinal)]).RootElement;

        Assert.Equal("ar", config.GetProperty("language").GetString());
        var languages = config.GetProperty("languages").EnumerateArray().ToDictionary(l => l.GetProperty("language").GetString()!);
        Assert.Equal(Offered().Select(l => l.Language == "en" ? "en-GB" : l.Language).Order(StringComparer.Ordinal), languages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("rtl", languages["ar"].GetProperty("direction").GetString());
        Assert.Equal("Română", languages["ro"].GetProperty("name").GetString());
        Assert.Equal("Ieși de pe pagină", languages["ro"].GetProperty("strings").GetProperty("exit").GetString());
        Assert.Equal("Language", languages["en-GB"].GetProperty("strings").GetProperty("language").GetString());
        // The helplines' numbers are the same in every language; only the words around them change.
        Assert.All(languages.Values, l => Assert.Contains(l.GetProperty("helplines").EnumerateArray(), h => h.GetProperty("tel").GetString() == "tel:+448000121700"));
    }

    [Fact]
    public async Task Page_WithOnlyEnglishOffered_HasNoPicker()
    {
        using var copy = new ContentCopy();
        var languages = copy.PathOf(Path.Combine("dialogs", "languages.yaml"));
        var text = File.ReadAllText(languages).Replace("offered: true", "offered: false", StringComparison.Ordinal);
        var english = text.IndexOf("offered: false", StringComparison.Ordinal); // English is listed first
        File.WriteAllText(languages, string.Concat(text.AsSpan(0, english), "offered: true", text.AsSpan(english + "offered: false".Length)));
        using var host = new BotFactory().With("Bot:ContentRoot", copy.Root);
        using var client = host.CreateClient();

        var page = await client.GetStringAsync("/?lang=ro");

        Assert.Contains("<html lang=\"ro\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"languages", page, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", page, StringComparison.Ordinal);
    }

    /// <summary>What the content offers: the test's languages, and any the repository offers already.</summary>
    private IReadOnlyList<SupportedLanguage> Offered()
    {
        var served = content.Host.Services.GetRequiredService<BotContentHolder>().Current.Bot;
        return new LanguageChooser(served.Content.Languages, served.Localizer.Offered).Offered;
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptLanguage)
    {
        using var client = content.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("<li><a href=\"(?<href>[^\"]+)\" lang=\"(?<lang>[^\"]+)\" hreflang=\"\\k<lang>\" dir=\"(?<dir>ltr|rtl)\"(?<current> aria-current=\"true\")?>(?<name>[^<]+)</a></li>")]
    private static partial Regex LanguageLink();
}
