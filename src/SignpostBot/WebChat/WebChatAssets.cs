using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.Content;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.WebChat;

/// <summary>The numbers the page and widget show, taken from the checked knowledge, never written in code.</summary>
public sealed record WebChatPhone(string? Name, string Display, string Tel);

/// <summary>What the widget is given by the server (wrapped around the bundle as <c>__signpostBotConfig</c>).</summary>
public sealed record WidgetConfig(IReadOnlyList<WebChatPhone> Emergency, IReadOnlyList<WebChatPhone> Helplines, string ExitUrl);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(WidgetConfig))]
public sealed partial class WebChatJsonContext : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>
/// The built front end (ClientApp/dist, copied beside the app as <c>clientapp/</c>), read once: the page template
/// and the widget bundle. The numbers they show come from the content the turns use right now
/// (<see cref="BotContentHolder.Current"/>), so a number corrected through blob storage reaches the page and the
/// widget with the same swap that brings it to the conversations.
/// </summary>
public sealed class WebChatAssets
{
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

    public IReadOnlyList<WebChatPhone> Helplines => Current.Helplines;

    public string ExitUrl { get; }

    public byte[] Widget => Current.Widget;

    public byte[] WidgetGzip => Current.WidgetGzip.Value;

    public byte[] PageCss { get; }

    /// <summary>The numbers and widget of the content version being served, made once per version.</summary>
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
            .Select(h => new WebChatPhone(CountryHeaded(h, content), h.Phones[0].Display, h.Phones[0].TelUri))
            .ToList();
        var config = JsonSerializer.Serialize(new WidgetConfig(emergency, helplines, ExitUrl), WebChatJsonContext.Default.WidgetConfig);
        // The bundle refers to __signpostBotConfig; wrapping it keeps the host page's globals untouched.
        var widget = Encoding.UTF8.GetBytes("(function(__signpostBotConfig){\n" + _bundle + "\n})(" + config + ");\n");
        // Compressed on first use: it takes longer than the rest of the start-up's web chat work together.
        return new Numbers(served, emergency, helplines, widget, new Lazy<byte[]>(() => Gzip(widget)));
    }

    /// <summary>The page is read anywhere: a country's number says which country it is for ("… (United Kingdom only)").</summary>
    private static string CountryHeaded(Hotline hotline, DialogSet content)
        => hotline.CountryCode is { } code && content.Knowledge.FindCountry(code) is { } country
            ? $"{hotline.Name} ({content.Global.Labels.CountryOnly.Replace("{country}", country.Name, StringComparison.Ordinal)})"
            : hotline.Name;

    private sealed record Numbers(BotContent Version, IReadOnlyList<WebChatPhone> Emergency, IReadOnlyList<WebChatPhone> Helplines, byte[] Widget, Lazy<byte[]> WidgetGzip);

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

    /// <summary>The page with this response's CSP nonce and the numbers filled in, every value HTML-encoded.</summary>
    public string RenderPage(string nonce, string basePath)
    {
        var numbers = Current;
        var helplines = string.Join("\n", numbers.Helplines.Select(h =>
            $"      <li>{Encode(h.Name ?? string.Empty)}: <a href=\"{Encode(h.Tel)}\">{Encode(h.Display)}</a></li>"));
        return _template
            .Replace("{{nonce}}", Encode(nonce), StringComparison.Ordinal)
            .Replace("{{base}}", Encode(basePath), StringComparison.Ordinal)
            .Replace("{{emergencyTel}}", Encode(numbers.Emergency[0].Tel), StringComparison.Ordinal)
            .Replace("{{emergencyDisplay}}", Encode(numbers.Emergency[0].Display), StringComparison.Ordinal)
            .Replace("{{exitUrl}}", Encode(ExitUrl), StringComparison.Ordinal)
            .Replace("{{helplines}}", helplines, StringComparison.Ordinal);
    }
}
