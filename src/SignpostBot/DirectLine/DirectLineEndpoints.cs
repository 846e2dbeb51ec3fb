using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Messaging;
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

    private static async Task<IResult> StartAsync(
        HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore store, DirectLineBot bot, DirectLineSite site, DirectLineBusyAnswer busy, RequestBodyReader bodies)
    {
        var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId: null, mustHaveStarted: false);
        if (access.Error is { } error)
        {
            return error;
        }

        var conversation = access.Conversation!;
        var outcome = store.Start(conversation);
        switch (outcome)
        {
            case StartOutcome.Refused:
                return conversation.Ended ? DirectLineErrors.NotFound() : busy.Answer(http);
            case StartOutcome.Started:
                var locale = await ReadLocaleAsync(http, bodies);
                await bot.StartAsync(conversation, locale, http.RequestAborted);
                break;
        }

        var body = new ConversationResponse(conversation.Id, access.Token!, authorizer.SecondsLeft(access.Grant!), StreamUrl(http, site, conversation.Id, access.Token!, watermark: null));
        return Results.Json(body, DirectLineJsonContext.Default.ConversationResponse, statusCode: outcome == StartOutcome.Started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, DirectLineAuthorizer authorizer, DirectLineTokens tokens, DirectLineSite site)
    {
        var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId);
        if (access.Error is { } error)
        {
            return error;
        }

        // A fresh token with the new stream: the client adopts both.
        var token = tokens.Issue(access.Grant!.ConversationId, access.Grant.UserId);
        var body = new ConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds, StreamUrl(http, site, conversationId, token, watermark));
        return Results.Json(body, DirectLineJsonContext.Default.ConversationResponse);
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineAuthorizer authorizer, DirectLineBot bot, DirectLineConversationStore store, TurnRunner turns, RequestBodyReader bodies, IOptions<BotOptions> botOptions)
    {
        var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId);
        if (access.Error is { } error)
        {
            return error;
        }

        var read = await bodies.ReadJsonAsync(http.Request, botOptions.Value.MaxRequestBytes, DirectLineJsonContext.Default.Activity, requireJson: true, http.RequestAborted);
        switch (read.Value)
        {
            case null when read.Status == StatusCodes.Status413PayloadTooLarge:
                return DirectLineErrors.TooLarge();
            case null:
                return DirectLineErrors.Error(read.Status, "BadArgument", read.Reason!);
            case { Type: null or "" }:
                return DirectLineErrors.BadRequest("The activity has no 'type'.");
            case { Type: ActivityTypes.EndOfConversation }:
                store.End(conversationId);
                await turns.ForgetAsync(DirectLineBot.ChannelId, conversationId, http.RequestAborted);
                return Results.Json(new ResourceResponse(conversationId + "|end"), DirectLineJsonContext.Default.ResourceResponse);
            case { Type: var type } when !DirectLineBot.MayPost(type):
                // conversationUpdate and the like are the channel's to send, not a client's.
                return DirectLineErrors.BadRequest("A client may post message, typing, event or endOfConversation activities only.");
        }

        var id = await bot.ReceiveAsync(access.Conversation!, read.Value, http.RequestAborted);
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
        var access = await authorizer.AuthorizeAsync(BearerToken(http), conversationId: null, mustHaveStarted: false);
        if (access.Error is { } error)
        {
            return error;
        }

        var token = tokens.Issue(access.Grant!.ConversationId, access.Grant.UserId);
        var body = new ConversationResponse(access.Grant.ConversationId, token, (int)tokens.Lifetime.TotalSeconds, StreamUrl: null);
        return Results.Json(body, DirectLineJsonContext.Default.ConversationResponse);
    }

    /// <summary>The stream's URL, pre-authorised with the token in <c>t</c>, as the WebSocket API cannot send headers.</summary>
    public static string StreamUrl(HttpContext http, DirectLineSite site, string conversationId, string token, string? watermark)
    {
        var baseUrl = site.BaseUrl(http.Request);
        var socketBase = baseUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "wss" + baseUrl["https".Length..] : "ws" + baseUrl["http".Length..];
        var url = $"{socketBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return string.IsNullOrEmpty(watermark) ? url : url + "&watermark=" + Uri.EscapeDataString(watermark);
    }

    /// <summary>The largest body <c>POST /conversations</c> reads: only its locale is used.</summary>
    private const int MaxStartRequestBytes = 4096;

    private static async Task<string?> ReadLocaleAsync(HttpContext http, RequestBodyReader bodies)
    {
        if (http.Request.ContentLength is 0)
        {
            return null;
        }

        var read = await bodies.ReadJsonAsync(http.Request, MaxStartRequestBytes, DirectLineJsonContext.Default.StartConversationRequest, requireJson: false, http.RequestAborted);
        return read.Value?.Locale is { Length: > 0 and <= 35 } locale ? locale : null;
    }
}
