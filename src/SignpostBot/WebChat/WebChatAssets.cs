using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
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
/// The built front end (ClientApp/dist, copied beside the app as <c>clientapp/</c>), read once: the page template
/// and the widget bundle. The numbers and texts they show come from the content the turns use right now
/// (<see cref="BotContentHolder.Current"/>), so a number corrected through blob storage reaches the page and the
/// widget with the same swap that brings it to the conversations. The page is filled with the texts of the language
/// asked for, and the widget carries them in its configuration (one bundle per language, made and gzipped on first use).
/// </summary>
public sealed class WebChatAssets
{
    /// <summary>The content's English is British English: the page says so, and Web Chat reads it from there.</summary>
    public const string EnglishPageLanguage = "en-GB";

    private readonly BotContentHolder _content;
    private readonly string _template;
    private readonly string _bundle;
    private Numbers? _numbers;

    public WebChatAssets(IOptions<WebChatOptions> options, BotContentHolder content)
    {
        var root = options.Value.ResolveAssetsRoot();
        var template = Path.Combine(root, "index.html");
        var bundle = Path.Combine(root, "widget.js");
        if (!File.Exists(template) || !File.Exists(bundle))
        {
            throw new InvalidOperationException(
                $"The web chat front end is not built in {root}. Build the app with Node.js 20 and npm installed (dotnet build runs npm ci and the bundler).");
        }

        _content = content;
        ExitUrl = new Uri(options.Value.ExitUrl).AbsoluteUri;
        PageCss = File.ReadAllBytes(Path.Combine(root, "page.css"));
        _template = File.ReadAllText(template);
        _bundle = File.ReadAllText(bundle);
        _ = Current;
    }

    public IReadOnlyList<WebChatPhone> Emergency => Current.Emergency;

    /// <summary>The fail-safe's helplines as the page and widget list them, in English.</summary>
    public IReadOnlyList<WebChatPhone> Helplines => Current.For(null).Helplines;

    public string ExitUrl { get; }

    /// <summary>The widget bundle with its configuration in a language (a normalized tag; null: English).</summary>
    public byte[] Widget(string? language = null) => Current.For(language).Widget;

    /// <summary>The same, gzipped.</summary>
    public byte[] WidgetGzip(string? language = null) => Current.For(language).WidgetGzip.Value;

    public byte[] PageCss { get; }

    /// <summary>The numbers and widgets of the content version being served, made once per version (and language).</summary>
    private Numbers Current
    {
        get
        {
            var served = _content.Current;
            var numbers = Volatile.Read(ref _numbers);
            if (numbers is null || !ReferenceEquals(numbers.Version, served))
            {
                // Two requests racing at a swap may both build it; either result is right for that version.
                numbers = Build(served);
                Volatile.Write(ref _numbers, numbers);
            }

            return numbers;
        }
    }

    private Numbers Build(BotContent served)
    {
        var content = served.Bot.Content;
        // The page cannot know where the person is: the numbers that work widely (112, then 999 for the UK).
        var emergency = content.Knowledge.UnknownCountryEmergency.Select(p => new WebChatPhone(null, p.Display, p.TelUri)).ToList();
        var helplines = content.Global.FailSafe.Hotlines
            .Select(content.Knowledge.FindHotline)
            .OfType<Hotline>()
            .Where(h => h.Phones.Count > 0)
            .ToList();
        return new Numbers(served, emergency, served.Bot.Localizer, texts => Translate(texts, emergency, helplines, content.Knowledge));
    }

    private InLanguage Translate(LanguageTexts texts, List<WebChatPhone> emergency, List<Hotline> hotlines, KnowledgeBase knowledge)
    {
        var helplines = hotlines.Select(h => new WebChatPhone(CountryHeaded(h, texts, knowledge), h.Phones[0].Display, h.Phones[0].TelUri)).ToList();
        var config = JsonSerializer.Serialize(new WidgetConfig(emergency, helplines, ExitUrl, PageLanguage(texts), texts.Web), WebChatJsonContext.Default.WidgetConfig);
        // The bundle refers to __signpostBotConfig; wrapping it keeps the host page's globals untouched.
        var widget = Encoding.UTF8.GetBytes("(function(__signpostBotConfig){\n" + _bundle + "\n})(" + config + ");\n");
        // Compressed on first use: it takes longer than the rest of the start-up's web chat work together.
        return new InLanguage(texts, helplines, widget, new Lazy<byte[]>(() => Gzip(widget)));
    }

    /// <summary>The page is read anywhere: a country's number says which country it is for ("… (United Kingdom only)").</summary>
    private static string CountryHeaded(Hotline hotline, LanguageTexts texts, KnowledgeBase knowledge)
        => hotline.CountryCode is { } code && knowledge.FindCountry(code) is { } country
            ? $"{hotline.Name} ({TextFormatter.Format(texts.Labels.CountryOnly, TextFormatter.Country, texts.Country(country).Name)})"
            : hotline.Name;

    private static string PageLanguage(LanguageTexts texts) => texts.Language == LanguageTag.English ? EnglishPageLanguage : texts.Language;

    /// <summary>Which way a language is written comes from <c>dialogs/languages.yaml</c> (<c>direction</c>), offered yet or not.</summary>
    private static bool RightToLeft(BotContent version, string language)
        => version.Bot.Content.Languages.FirstOrDefault(l => l.Language == language)?.RightToLeft == true;

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
        var numbers = Current;
        var served = numbers.For(language);
        var helplines = string.Join("\n", served.Helplines.Select(h =>
            $"      <li>{Encode(h.Name ?? string.Empty)}: <a href=\"{Encode(h.Tel)}\">{Encode(h.Display)}</a></li>"));
        var page = new StringBuilder(_template);
        foreach (var (key, text) in served.Texts.Web)
        {
            page.Replace("{{" + TextIds.Web(key) + "}}", Encode(text));
        }

        var tag = PageLanguage(served.Texts);
        return page.ToString()
            .Replace("{{lang}}", Encode(tag), StringComparison.Ordinal)
            .Replace("{{dir}}", RightToLeft(numbers.Version, served.Texts.Language) ? "rtl" : "ltr", StringComparison.Ordinal)
            .Replace("{{nonce}}", Encode(nonce), StringComparison.Ordinal)
            .Replace("{{base}}", Encode(basePath), StringComparison.Ordinal)
            .Replace("{{emergencyTel}}", Encode(numbers.Emergency[0].Tel), StringComparison.Ordinal)
            .Replace("{{emergencyDisplay}}", Encode(numbers.Emergency[0].Display), StringComparison.Ordinal)
            .Replace("{{exitUrl}}", Encode(ExitUrl), StringComparison.Ordinal)
            .Replace("{{helplines}}", helplines, StringComparison.Ordinal);
    }

    /// <summary>One content version's numbers, and its page helplines and widget per language (made on first use).</summary>
    private sealed class Numbers(BotContent version, IReadOnlyList<WebChatPhone> emergency, Localizer localizer, Func<LanguageTexts, InLanguage> build)
    {
        // Keyed by the content's language that answers, never by the tag asked for: a request cannot add entries.
        private readonly ConcurrentDictionary<LanguageTexts, InLanguage> _languages = new(ReferenceEqualityComparer.Instance);

        public BotContent Version { get; } = version;

        public IReadOnlyList<WebChatPhone> Emergency { get; } = emergency;

        public InLanguage For(string? language) => _languages.GetOrAdd(localizer.For(language), build);
    }

    private sealed record InLanguage(LanguageTexts Texts, IReadOnlyList<WebChatPhone> Helplines, byte[] Widget, Lazy<byte[]> WidgetGzip);
}
