using System.Text.Json;

namespace SignpostBot.DirectLine;

/// <summary>
/// What the page calls: <c>POST /api/directline/token</c> (a token for one new conversation, rate limited) and
/// <c>POST /api/directline/end</c> (Exit this page; sent with <c>navigator.sendBeacon</c>, so plain text JSON).
/// </summary>
public static class WebChatTokenEndpoints
{
    public const string BasePath = "/api/directline";

    public static void MapWebChatTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost(BasePath + "/token", IssueAsync)
            .RequireRateLimiting(DirectLineServiceCollectionExtensions.TokenRateLimit)
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        app.MapPost(BasePath + "/end", EndAsync)
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
    }

    private static async Task<IResult> IssueAsync(HttpContext http, IWebChatTokenSource source)
    {
        http.Response.Headers.CacheControl = "no-store";
        var token = await source.IssueAsync(http.Request, http.RequestAborted);
        return token is null
            ? DirectLineErrors.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The chat is busy. Please try again in a minute.")
            : Results.Json(token, DirectLineJsonContext.Default.WebChatToken);
    }

    private static async Task<IResult> EndAsync(HttpContext http, IWebChatTokenSource source)
    {
        EndConversationRequest? request = null;
        if (http.Request.ContentLength is null or <= 16 * 1024)
        {
            try
            {
                request = await JsonSerializer.DeserializeAsync(http.Request.Body, DirectLineJsonContext.Default.EndConversationRequest, http.RequestAborted);
            }
            catch (JsonException)
            {
            }
        }

        if (request is null)
        {
            return DirectLineErrors.BadRequest("Send {\"token\": ...} to end a conversation.");
        }

        return await source.EndAsync(request, http.RequestAborted) ? Results.NoContent() : DirectLineErrors.Forbidden();
    }
}
