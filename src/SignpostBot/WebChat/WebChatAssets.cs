using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.WebChat;

/// <summary>The numbers the page and widget show, taken from the checked knowledge, never written in code.</summary>
public sealed record WebChatPhone(string? Name, string Display, string Tel);

/// <summary>
/// What the widget is given by the server (wrapped around the bundle as <c>__signpostBotConfig</c>): the numbers, the
/// exit address, and its texts in one language (the <c>web.*</c> texts by key without the prefix).
/// </summary>
public sealed record WidgetConfig(IReadOnlyList<WebChatPhone> Emergency, IReadOnlyList<WebChatPhone> Helplines, string ExitUrl, string Language, IReadOnlyDictionary<string, string> Strings);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(WidgetConfig))]
public sealed partial class WebChatJsonContext : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>
/// The built front end (ClientApp/dist, copied beside the app as <c>clientapp/</c>), read once: the page template,
/// filled with the texts of the page's language, and the widget bundle wrapped with its configuration in that language
/// (made and gzipped once per language, on first use, as it is large).
/// </summary>
public sealed class WebChatAssets
{
    /// <summary>The content's English is British English: the page says so, and Web Chat reads it from there.</summary>
    public const string EnglishPageLanguage = "en-GB";

    private readonly string _template;
    private readonly string _bundle;
    private readonly Localizer _localizer;
    private readonly List<Hotline> _helplines;
    private readonly KnowledgeBase _knowledge;
    private readonly ConcurrentDictionary<LanguageTexts, WidgetBundle> _widgets = new(ReferenceEqualityComparer.Instance);

    public WebChatAssets(IOptions<WebChatOptions> options, DialogSet content)
    {
        var root = options.Value.ResolveAssetsRoot();
        var template = Path.Combine(root, "index.html");
        var bundle = Path.Combine(root, "widget.js");
        if (!File.Exists(template) || !File.Exists(bundle))
        {
            throw new InvalidOperationException(
                $"The web chat front end is not built in {root}. Build the app with Node.js 20 and npm installed (dotnet build runs npm ci and the bundler).");
        }

        // The page cannot know where the person is: the numbers that work widely (112, then 999 for the UK).
        Emergency = content.Knowledge.UnknownCountryEmergency.Select(p => new WebChatPhone(null, p.Display, p.TelUri)).ToList();
        _helplines = content.Global.FailSafe.Hotlines
            .Select(content.Knowledge.FindHotline)
            .OfType<Hotline>()
            .Where(h => h.Phones.Count > 0)
            .ToList();
        _knowledge = content.Knowledge;
        ExitUrl = new Uri(options.Value.ExitUrl).AbsoluteUri;
        PageCss = File.ReadAllBytes(Path.Combine(root, "page.css"));
        _template = File.ReadAllText(template);
        _bundle = File.ReadAllText(bundle);
        _localizer = new Localizer(content);
    }

    public IReadOnlyList<WebChatPhone> Emergency { get; }

    /// <summary>The fail-safe's helplines as the page and widget list them, in a language (a normalized tag; null: English).</summary>
    public IReadOnlyList<WebChatPhone> Helplines(string? language = null) => Helplines(_localizer.For(language));

    private List<WebChatPhone> Helplines(LanguageTexts texts)
        => _helplines.Select(h => new WebChatPhone(CountryHeaded(h, texts), h.Phones[0].Display, h.Phones[0].TelUri)).ToList();

    /// <summary>The page is read anywhere: a country's number says which country it is for ("… (United Kingdom only)").</summary>
    private string CountryHeaded(Hotline hotline, LanguageTexts texts)
        => hotline.CountryCode is { } code && _knowledge.FindCountry(code) is { } country
            ? $"{hotline.Name} ({TextFormatter.Format(texts.Labels.CountryOnly, TextFormatter.Country, texts.Country(country).Name)})"
            : hotline.Name;

    public string ExitUrl { get; }

    /// <summary>The widget bundle with its configuration in a language (a normalized tag; null: English).</summary>
    public byte[] Widget(string? language) => WidgetFor(language).Script;

    /// <summary>The same, gzipped.</summary>
    public byte[] WidgetGzip(string? language) => WidgetFor(language).Gzip.Value;

    public byte[] PageCss { get; }

    private static string PageLanguage(LanguageTexts texts) => texts.Language == LanguageTag.English ? EnglishPageLanguage : texts.Language;

    private static bool IsRightToLeft(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag).TextInfo.IsRightToLeft;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private WidgetBundle WidgetFor(string? language) => _widgets.GetOrAdd(_localizer.For(language), texts =>
    {
        var config = JsonSerializer.Serialize(new WidgetConfig(Emergency, Helplines(texts), ExitUrl, PageLanguage(texts), texts.Web), WebChatJsonContext.Default.WidgetConfig);
        // The bundle refers to __signpostBotConfig; wrapping it keeps the host page's globals untouched.
        var script = Encoding.UTF8.GetBytes("(function(__signpostBotConfig){\n" + _bundle + "\n})(" + config + ");\n");
        // Compressed on first use: it takes longer than the rest of the start-up's web chat work together.
        return new WidgetBundle(script, new Lazy<byte[]>(() => Gzip(script)));
    });

    private static byte[] Gzip(byte[] bytes)
    {
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return gzipped.ToArray();
    }

    // Escapes what matters in text and double-quoted attributes (<, >, &, ", '), and leaves "+" in tel: links readable.
    private static string Encode(string value) => System.Net.WebUtility.HtmlEncode(value);

    /// <summary>
    /// The page in a language (a normalized tag; null: English) with this response's CSP nonce, its texts and the
    /// numbers filled in, every value HTML-encoded.
    /// </summary>
    public string RenderPage(string nonce, string basePath, string? language = null)
    {
        var texts = _localizer.For(language);
        var helplines = string.Join("\n", Helplines(texts).Select(h =>
            $"      <li>{Encode(h.Name ?? string.Empty)}: <a href=\"{Encode(h.Tel)}\">{Encode(h.Display)}</a></li>"));
        var page = new StringBuilder(_template);
        foreach (var (key, text) in texts.Web)
        {
            page.Replace("{{" + TextIds.Web(key) + "}}", Encode(text));
        }

        var tag = PageLanguage(texts);
        return page.ToString()
            .Replace("{{lang}}", Encode(tag), StringComparison.Ordinal)
            .Replace("{{dir}}", IsRightToLeft(tag) ? "rtl" : "ltr", StringComparison.Ordinal)
            .Replace("{{nonce}}", Encode(nonce), StringComparison.Ordinal)
            .Replace("{{base}}", Encode(basePath), StringComparison.Ordinal)
            .Replace("{{emergencyTel}}", Encode(Emergency[0].Tel), StringComparison.Ordinal)
            .Replace("{{emergencyDisplay}}", Encode(Emergency[0].Display), StringComparison.Ordinal)
            .Replace("{{exitUrl}}", Encode(ExitUrl), StringComparison.Ordinal)
            .Replace("{{helplines}}", helplines, StringComparison.Ordinal);
    }

    private sealed record WidgetBundle(byte[] Script, Lazy<byte[]> Gzip);
}
