using Microsoft.Extensions.Options;
using SignpostBot.Messaging;

namespace SignpostBot.DirectLine;

/// <summary>
/// What the page calls: <c>POST /api/directline/token</c> (a token for one new conversation) and
/// <c>POST /api/directline/end</c> (Exit this page; sent with <c>navigator.sendBeacon</c>, so plain text JSON).
/// Both are rate limited per client address, refuse other sites' pages server side (a simple POST needs no CORS
/// preflight, so CORS alone would not stop one), and read at most a small bounded body.
/// </summary>
public static class WebChatTokenEndpoints
{
    public const string BasePath = "/api/directline";

    /// <summary>The largest body <c>/end</c> reads: a token, a conversation id and a user id.</summary>
    public const int MaxEndRequestBytes = 8 * 1024;

    public static void MapWebChatTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost(BasePath + "/token", IssueAsync)
            .RequireRateLimiting(DirectLineServiceCollectionExtensions.TokenRateLimit)
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        app.MapPost(BasePath + "/end", EndAsync)
            .RequireRateLimiting(DirectLineServiceCollectionExtensions.EndRateLimit)
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
    }

    private static async Task<IResult> IssueAsync(HttpContext http, IWebChatTokenSource source, DirectLineSite site, DirectLineBusyAnswer busy)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!site.IsAllowedOrigin(http.Request))
        {
            return DirectLineErrors.ForeignOrigin();
        }

        var token = await source.IssueAsync(http.Request, http.RequestAborted);
        return token is null ? busy.Answer(http) : Results.Json(token, DirectLineJsonContext.Default.WebChatToken);
    }

    private static async Task<IResult> EndAsync(HttpContext http, IWebChatTokenSource source, DirectLineSite site, RequestBodyReader bodies)
    {
        if (!site.IsAllowedOrigin(http.Request))
        {
            return DirectLineErrors.ForeignOrigin();
        }

        // A beacon's body is text/plain: the media type is not required, the size is.
        var read = await bodies.ReadJsonAsync(http.Request, MaxEndRequestBytes, DirectLineJsonContext.Default.EndConversationRequest, requireJson: false, http.RequestAborted);
        if (read.Value is not { } request)
        {
            return read.Status == StatusCodes.Status400BadRequest
                ? DirectLineErrors.BadRequest("Send {\"token\": ...} to end a conversation.")
                : DirectLineErrors.Error(read.Status, "BadArgument", read.Reason!);
        }

        return await source.EndAsync(request, http.RequestAborted) ? Results.NoContent() : DirectLineErrors.Forbidden();
    }
}
