using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SignpostBot.Tests.Hosting;

/// <summary>
/// A partner's web site on another origin (another loopback port) whose page embeds the widget with one
/// script tag, as a safeguarding partnership's site would.
/// </summary>
public sealed class PartnerSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PartnerSite(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin;
    }

    public string Origin { get; }

    /// <summary>Where the page loads the widget from; set once the bot is up.</summary>
    public string? BotOrigin { get; set; }

    public static async Task<PartnerSite> StartAsync()
    {
        var app = LoopbackServer.Create();
        PartnerSite? site = null;
        app.MapGet("/", () => Results.Content(
            $"<!doctype html><html lang=\"en-GB\"><head><title>A partner</title></head><body><main><h1>A partner's page</h1></main><script src=\"{site!.BotOrigin}/widget.js\"></script></body></html>",
            "text/html"));
        site = new PartnerSite(app, (await LoopbackServer.StartAsync(app)).GetLeftPart(UriPartial.Authority));
        return site;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
