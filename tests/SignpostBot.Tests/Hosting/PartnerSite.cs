using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        PartnerSite? site = null;
        app.MapGet("/", () => Results.Content(
            $"<!doctype html><html lang=\"en-GB\"><head><title>A partner</title></head><body><main><h1>A partner's page</h1></main><script src=\"{site!.BotOrigin}/widget.js\"></script></body></html>",
            "text/html"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        site = new PartnerSite(app, new Uri(address).GetLeftPart(UriPartial.Authority));
        return site;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
