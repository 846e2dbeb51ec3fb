using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Turns;

namespace SignpostBot.DirectLine;

/// <summary>
/// The built-in Direct Line 3.0 REST API under <c>/v3/directline</c>, as botframework-directlinejs and Web Chat
/// use it: start, reconnect, post, poll with a watermark, refresh, and the WebSocket stream.
/// </summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static void MapBuiltInDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.HandleAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
    }

    public static string? BearerToken(HttpContext http) => DirectLineTokens.FromHeader(http.Request.Headers.Authorization.ToString());

    private static async Task<IResult> StartAsync(HttpContext http, DirectLineAuthorizer authorizer, DirectLineBot bot)
    {
        var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId: null);
        if (access.Error is { } error)
        {
            return error;
        }

        var conversation = access.Conversation!;
        var created = conversation.Start();
        if (created)
        {
            var locale = await ReadLocaleAsync(http);
            await bot.StartAsync(conversation, locale, http.RequestAborted);
        }

        var body = new ConversationResponse(conversation.Id, access.Token!, authorizer.SecondsLeft(access.Grant!), StreamUrl(http, conversation.Id, access.Token!, watermark: null));
        return Results.Json(body, DirectLineJsonContext.Default.ConversationResponse, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, DirectLineAuthorizer authorizer, DirectLineTokens tokens)
    {
        var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId);
        if (access.Error is { } error)
        {
            return error;
        }

        // A fresh token with the new stream: the client adopts both.
        var token = tokens.Issue(access.Grant!.ConversationId, access.Grant.UserId);
        var body = new ConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds, StreamUrl(http, conversationId, token, watermark));
        return Results.Json(body, DirectLineJsonContext.Default.ConversationResponse);
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineAuthorizer authorizer, DirectLineBot bot, DirectLineConversationStore store, TurnRunner turns, IOptions<BotOptions> botOptions)
    {
        var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId);
        if (access.Error is { } error)
        {
            return error;
        }

        var (activity, problem) = await ReadActivityAsync(http, botOptions.Value.MaxRequestBytes);
        if (problem is not null)
        {
            return problem;
        }

        if (activity!.Type == ActivityTypes.EndOfConversation)
        {
            store.End(conversationId);
            await turns.ForgetAsync(DirectLineBot.ChannelId, conversationId, http.RequestAborted);
            return Results.Json(new ResourceResponse(conversationId + "|end"), DirectLineJsonContext.Default.ResourceResponse);
        }

        var id = await bot.ReceiveAsync(access.Conversation!, activity, http.RequestAborted);
        return Results.Json(new ResourceResponse(id), DirectLineJsonContext.Default.ResourceResponse);
    }

    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, DirectLineAuthorizer authorizer)
    {
        try
        {
            var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId);
            if (access.Error is { } error)
            {
                return error;
            }

            var (activities, next) = access.Conversation!.After(watermark);
            return Results.Json(new ActivitySet(activities, next), DirectLineJsonContext.Default.ActivitySet);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // directlinejs stops polling for good on a 5xx: an empty set keeps it asking.
            return Results.Json(new ActivitySet([], watermark ?? string.Empty), DirectLineJsonContext.Default.ActivitySet);
        }
    }

    private static async Task<IResult> UploadAsync(HttpContext http, string conversationId, DirectLineAuthorizer authorizer)
    {
        var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId);
        if (access.Error is { } error)
        {
            return error;
        }

        // Files are never taken: nothing a person sends is stored.
        return DirectLineErrors.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "This bot does not accept files.");
    }

    private static async Task<IResult> RefreshAsync(HttpContext http, DirectLineAuthorizer authorizer, DirectLineTokens tokens)
    {
        var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId: null);
        if (access.Error is { } error)
        {
            return error;
        }

        var token = tokens.Issue(access.Grant!.ConversationId, access.Grant.UserId);
        var body = new ConversationResponse(access.Grant.ConversationId, token, (int)tokens.Lifetime.TotalSeconds, StreamUrl: null);
        return Results.Json(body, DirectLineJsonContext.Default.ConversationResponse);
    }

    /// <summary>The stream's URL, pre-authorised with the token in <c>t</c>, as the WebSocket API cannot send headers.</summary>
    public static string StreamUrl(HttpContext http, string conversationId, string token, string? watermark)
    {
        var request = http.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return string.IsNullOrEmpty(watermark) ? url : url + "&watermark=" + Uri.EscapeDataString(watermark);
    }

    /// <summary>The Direct Line base URL clients should use for this app, ending in <c>/v3/directline</c>.</summary>
    public static string Domain(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}";

    private static async Task<string?> ReadLocaleAsync(HttpContext http)
    {
        if (http.Request.ContentLength is null or 0 or > 4096)
        {
            return null;
        }

        try
        {
            var start = await JsonSerializer.DeserializeAsync(http.Request.Body, DirectLineJsonContext.Default.StartConversationRequest, http.RequestAborted);
            return start?.Locale is { Length: > 0 and <= 35 } locale ? locale : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpContext http, int maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return (null, DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large."));
            }
        }

        try
        {
            var activity = JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), DirectLineJsonContext.Default.Activity);
            return activity is { Type: { Length: > 0 } }
                ? (activity, null)
                : (null, DirectLineErrors.BadRequest("The activity has no 'type'."));
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadRequest("The body is not a valid Activity in JSON."));
        }
    }
}
