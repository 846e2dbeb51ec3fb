using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace SignpostBot.WebChat;

/// <summary>The chat page at <c>/</c>, the embeddable <c>/widget.js</c> and the page's stylesheet.</summary>
public static class WebChatEndpoints
{
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Page);
        app.MapGet("/widget.js", Widget);
        app.MapGet("/assets/page.css", (WebChatAssets assets) => Results.Bytes(assets.PageCss, "text/css; charset=utf-8"));
        return app;
    }

    private static IResult Page(HttpContext http, WebChatAssets assets, SecurityHeaders headers)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        http.Response.Headers.ContentSecurityPolicy = headers.PagePolicy(nonce);
        http.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        return Results.Content(assets.RenderPage(nonce, http.Request.PathBase, PageLanguage.Asked(http)), "text/html; charset=utf-8");
    }

    private static IResult Widget(HttpContext http, WebChatAssets assets)
    {
        // Any site may load the widget with a <script> tag; what it may then call is governed by CORS.
        http.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        http.Response.Headers.Vary = HeaderNames.AcceptEncoding + ", " + HeaderNames.AcceptLanguage;
        var asked = PageLanguage.Asked(http);
        var acceptsGzip = http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (acceptsGzip)
        {
            http.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(assets.WidgetGzip(asked), "text/javascript; charset=utf-8");
        }

        return Results.Bytes(assets.Widget(asked), "text/javascript; charset=utf-8");
    }
}
