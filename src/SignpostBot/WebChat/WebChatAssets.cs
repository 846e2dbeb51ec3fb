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
/// <param name="Name">The service's own name (never translated), or null for an emergency number.</param>
/// <param name="CountryOnly">
/// Which country a national number is for, in the page's language ("United Kingdom only"), or null. Kept apart from
/// the name so that a right-to-left page isolates only the name, and the brackets around this follow the page.
/// </param>
public sealed record WebChatPhone(
    string? Name,
    string Display,
    string Tel,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? CountryOnly = null);

/// <summary>
/// One language the widget can show: its tag as the page writes it (<c>en-GB</c> for the content's English), its own
/// name for the language picker, its direction (<c>ltr</c> or <c>rtl</c>), the helplines with their names in it, and
/// its <c>web.*</c> texts by key without the prefix.
/// </summary>
public sealed record WidgetLanguage(string Language, string Name, string Direction, IReadOnlyList<WebChatPhone> Helplines, IReadOnlyDictionary<string, string> Strings);

/// <summary>
/// What the widget is given by the server (wrapped around the bundle as <c>__signpostBotConfig</c>): the numbers, the
/// exit address, the language it opens in (a <see cref="WidgetLanguage.Language"/>), and every language its picker
/// offers (the offered languages, and the one it opens in), so that a switch needs no request and stores nothing.
/// </summary>
public sealed record WidgetConfig(IReadOnlyList<WebChatPhone> Emergency, string ExitUrl, string Language, IReadOnlyList<WidgetLanguage> Languages);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(WidgetConfig))]
public sealed partial class WebChatJsonContext : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>
/// The built front end (ClientApp/dist, copied beside the app as <c>clientapp/</c>), read once: the page template
/// and the widget bundle. The numbers and texts they show come from the content the turns use right now
/// (<see cref="BotContentHolder.Current"/>), so a number corrected through blob storage reaches the page and the
/// widget with the same swap that brings it to the conversations. The page is filled with the texts of the first
/// language asked for (<see cref="PageLanguage.Asked"/>) that the content has texts for, and lists the offered
/// languages by their own names; the widget carries the texts of its language and of every offered one in its
/// configuration (one bundle per language, made and gzipped on first use).
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
    public IReadOnlyList<WebChatPhone> Helplines => Current.For(null).Widget.Helplines;

    public string ExitUrl { get; }

    /// <summary>The widget bundle with its configuration, in the first language asked for that the content has (none: English).</summary>
    public byte[] Widget(IEnumerable<string>? asked = null) => Current.For(asked).Bundle.Value;

    /// <summary>The same, gzipped.</summary>
    public byte[] WidgetGzip(IEnumerable<string>? asked = null) => Current.For(asked).BundleGzip.Value;

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
        var offered = new LanguageChooser(content.Languages, served.Bot.Localizer.Offered).Offered;
        return new Numbers(served, emergency, offered, texts => Translate(texts, content.Languages, helplines, content.Knowledge), Bundle);
    }

    private static WidgetLanguage Translate(LanguageTexts texts, IReadOnlyList<SupportedLanguage> languages, List<Hotline> hotlines, KnowledgeBase knowledge)
    {
        var helplines = hotlines.Select(h => new WebChatPhone(h.Name, h.Phones[0].Display, h.Phones[0].TelUri, CountryOnly(h, texts, knowledge))).ToList();
        var listed = languages.FirstOrDefault(l => l.Language == texts.Language);
        return new WidgetLanguage(PageTag(texts), listed?.OwnName ?? texts.Language, listed?.RightToLeft == true ? "rtl" : "ltr", helplines, texts.Web);
    }

    private Lazy<byte[]> Bundle(IReadOnlyList<WebChatPhone> emergency, WidgetLanguage opening, IReadOnlyList<WidgetLanguage> languages)
        => new(() =>
        {
            var config = JsonSerializer.Serialize(new WidgetConfig(emergency, ExitUrl, opening.Language, languages), WebChatJsonContext.Default.WidgetConfig);
            // The bundle refers to __signpostBotConfig; wrapping it keeps the host page's globals untouched.
            return Encoding.UTF8.GetBytes("(function(__signpostBotConfig){\n" + _bundle + "\n})(" + config + ");\n");
        });

    /// <summary>The page is read anywhere: a country's number says which country it is for ("United Kingdom only").</summary>
    private static string? CountryOnly(Hotline hotline, LanguageTexts texts, KnowledgeBase knowledge)
        => hotline.CountryCode is { } code && knowledge.FindCountry(code) is { } country
            ? TextFormatter.Format(texts.Labels.CountryOnly, texts.Country(country))
            : null;

    private static string PageTag(LanguageTexts texts) => texts.Language == LanguageTag.English ? EnglishPageLanguage : texts.Language;

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
    /// The page in the first language asked for that the content has (none: English), with this response's CSP nonce,
    /// its texts, the language picker and the numbers filled in, every value HTML-encoded. Numbers are marked
    /// left-to-right (<c>dir="ltr"</c>, which isolates them) so that a right-to-left page shows them as dialled.
    /// </summary>
    public string RenderPage(string nonce, string basePath, IEnumerable<string>? asked = null)
    {
        var numbers = Current;
        var served = numbers.For(asked);
        var helplines = string.Join("\n", served.Widget.Helplines.Select(h =>
            $"      <li><bdi>{Encode(h.Name ?? string.Empty)}</bdi>{(h.CountryOnly is { } only ? $" ({Encode(only)})" : string.Empty)}: <a href=\"{Encode(h.Tel)}\" dir=\"ltr\">{Encode(h.Display)}</a></li>"));
        var page = new StringBuilder(_template).Replace("{{languages}}", LanguagePicker(numbers, served, basePath));
        foreach (var (key, text) in served.Texts.Web)
        {
            page.Replace("{{" + TextIds.Web(key) + "}}", Encode(text));
        }

        return page.ToString()
            .Replace("{{lang}}", Encode(served.Widget.Language), StringComparison.Ordinal)
            .Replace("{{dir}}", served.Widget.Direction, StringComparison.Ordinal)
            .Replace("{{nonce}}", Encode(nonce), StringComparison.Ordinal)
            .Replace("{{base}}", Encode(basePath), StringComparison.Ordinal)
            .Replace("{{emergencyTel}}", Encode(numbers.Emergency[0].Tel), StringComparison.Ordinal)
            .Replace("{{emergencyDisplay}}", Encode(numbers.Emergency[0].Display), StringComparison.Ordinal)
            .Replace("{{exitUrl}}", Encode(ExitUrl), StringComparison.Ordinal)
            .Replace("{{helplines}}", helplines, StringComparison.Ordinal);
    }

    /// <summary>
    /// The language picker: a list of links, one per offered language, by its own name in its own language and
    /// direction, to the page with <c>?lang=</c>, under the page's word for "Language"; the page's own language is
    /// marked current. With one language offered there is nothing to choose, and no picker.
    /// </summary>
    private static string LanguagePicker(Numbers numbers, InLanguage served, string basePath)
    {
        if (numbers.Offered.Count < 2)
        {
            return string.Empty;
        }

        var links = numbers.Offered.Select(l =>
        {
            var current = LanguageChooser.SameLanguage(l.Language, served.Texts.Language) ? " aria-current=\"true\"" : string.Empty;
            var tag = Encode(l.Language);
            var href = Encode($"{basePath}/?{PageLanguage.QueryKey}={Uri.EscapeDataString(l.Language)}");
            return $"      <li><a href=\"{href}\" lang=\"{tag}\" hreflang=\"{tag}\" dir=\"{(l.RightToLeft ? "rtl" : "ltr")}\"{current}>{Encode(l.OwnName)}</a></li>";
        });
        // The label is the template's own {{web.language}}, filled with the page's other texts.
        return string.Join("\n", [
            "  <nav class=\"languages\" aria-labelledby=\"languages-label\">",
            "    <p class=\"languages__label\" id=\"languages-label\">{{" + TextIds.Web("language") + "}}</p>",
            "    <ul class=\"languages__list\">",
            .. links,
            "    </ul>",
            "  </nav>",
        ]);
    }

    /// <summary>One content version's numbers and offered languages, and its page texts and widget per language (made on first use).</summary>
    private sealed class Numbers
    {
        // Keyed by the content's language that answers, never by the tag asked for: a request cannot add entries.
        private readonly ConcurrentDictionary<LanguageTexts, InLanguage> _languages = new(ReferenceEqualityComparer.Instance);
        private readonly ConcurrentDictionary<LanguageTexts, WidgetLanguage> _widgetLanguages = new(ReferenceEqualityComparer.Instance);
        private readonly Localizer _localizer;
        private readonly Func<LanguageTexts, WidgetLanguage> _translate;
        private readonly Func<IReadOnlyList<WebChatPhone>, WidgetLanguage, IReadOnlyList<WidgetLanguage>, Lazy<byte[]>> _bundle;

        public Numbers(
            BotContent version,
            IReadOnlyList<WebChatPhone> emergency,
            IReadOnlyList<SupportedLanguage> offered,
            Func<LanguageTexts, WidgetLanguage> translate,
            Func<IReadOnlyList<WebChatPhone>, WidgetLanguage, IReadOnlyList<WidgetLanguage>, Lazy<byte[]>> bundle)
        {
            Version = version;
            Emergency = emergency;
            Offered = offered;
            _localizer = version.Bot.Localizer;
            _translate = translate;
            _bundle = bundle;
        }

        public BotContent Version { get; }

        public IReadOnlyList<WebChatPhone> Emergency { get; }

        /// <summary>The languages people may choose, in the order of <c>languages.yaml</c>.</summary>
        public IReadOnlyList<SupportedLanguage> Offered { get; }

        /// <summary>The first language asked for that has texts (a language file, or English asked by name), else English.</summary>
        public InLanguage For(IEnumerable<string>? asked)
        {
            foreach (var tag in asked ?? [])
            {
                var texts = _localizer.For(tag);
                if (!ReferenceEquals(texts, _localizer.English) || LanguageChooser.SameLanguage(tag, LanguageTag.English))
                {
                    return For(texts);
                }
            }

            return For(_localizer.English);
        }

        private InLanguage For(LanguageTexts texts) => _languages.GetOrAdd(texts, Make);

        private WidgetLanguage Widget(LanguageTexts texts) => _widgetLanguages.GetOrAdd(texts, _translate);

        private InLanguage Make(LanguageTexts texts)
        {
            var opening = Widget(texts);
            // The picker's languages: every offered one, and the one the widget opens in if it is not offered (yet).
            var languages = Offered.Select(l => Widget(_localizer.For(l.Language))).ToList();
            if (!languages.Contains(opening))
            {
                languages.Add(opening);
            }

            var bundle = _bundle(Emergency, opening, languages);
            return new InLanguage(texts, opening, bundle, new Lazy<byte[]>(() => Gzip(bundle.Value)));
        }
    }

    private sealed record InLanguage(LanguageTexts Texts, WidgetLanguage Widget, Lazy<byte[]> Bundle, Lazy<byte[]> BundleGzip);
}
