using System.Collections.Concurrent;
using Microsoft.Playwright;
using SignpostBot.Tests.Hosting;

namespace SignpostBot.Tests.WebChat;

/// <summary>
/// One app on Kestrel and one headless Debian Chromium for a class of browser tests; each test gets a fresh
/// browser context (its own cookies and storage). No browser is downloaded: Playwright drives /usr/bin/chromium,
/// and a missing chromium fails the tests (.ci/run installs it). A derived fixture may serve other content (<see cref="Configure"/>).
/// </summary>
public class WebChatBrowserFixture : IAsyncLifetime
{
    /// <summary>Exit this page goes here; the browser never reaches it (the test answers it), nothing leaves the machine.</summary>
    public const string ExitUrl = "https://neutral.test/weather";

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public LiveBot Bot { get; private set; } = null!;

    /// <summary>Another site that embeds the widget; the bot allows its origin.</summary>
    public PartnerSite Partner { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: run .ci/run, or apt-get install -y chromium.");
        }

        Partner = await PartnerSite.StartAsync();
        Bot = await LiveBot.StartAsync(Configure(new BotFactory()
            .With("WebChat:ExitUrl", ExitUrl)
            .With("DirectLine:AllowedOrigins:0", Partner.Origin)
            .With("DirectLine:TokensPerMinute", "1000")));
        Partner.BotOrigin = Bot.Origin;
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>
    /// A fresh context and page that records every request it makes and answers the neutral exit site itself; the
    /// browser's language (its <c>Accept-Language</c> and <c>navigator.language</c>) is <paramref name="locale"/>.
    /// </summary>
    public async Task<BrowserSession> NewSessionAsync(int width = 1280, int height = 900, string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        var session = new BrowserSession(context, await context.NewPageAsync(), Bot);
        await session.InitializeAsync();
        return session;
    }

    /// <summary>The bot's host before it starts, with the exit site and the partner's origin set.</summary>
    protected virtual BotFactory Configure(BotFactory factory) => factory;

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        if (Partner is not null)
        {
            await Partner.DisposeAsync();
        }
    }
}

/// <summary>One test's browser context and page, with what it requested and any CSP violations seen.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, LiveBot bot) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> ConsoleErrors { get; } = new();

    public ConcurrentQueue<string> ConsoleMessages { get; } = new();

    public string Origin => bot.Origin;

    public async Task InitializeAsync()
    {
        Context.Request += (_, request) => Requests.Enqueue(request.Url);
        Page.WebSocket += (_, socket) => Requests.Enqueue(socket.Url);
        Page.Console += (_, message) =>
        {
            ConsoleMessages.Enqueue(message.Text);
            if (message.Type == "error")
            {
                ConsoleErrors.Enqueue(message.Text);
            }
        };
        await Context.AddInitScriptAsync("window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || '')));");
        await Context.RouteAsync("https://neutral.test/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = "<!doctype html><title>Weather</title><h1>Weather</h1>",
        }));
    }

    public async Task<IReadOnlyList<string>> CspViolationsAsync() => await Page.EvaluateAsync<string[]>("window.__cspViolations");

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
