using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Messaging.Outbound;
using SignpostBot.Turns;
using SignpostBot.WebChat;

namespace SignpostBot.Messaging;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Connector contract: read and check the activity, authenticate it, run one
/// turn, then answer with the replies (expectReplies), or answer 200 at once and queue the replies for the channel.
/// </summary>
public static class MessagesEndpoint
{
    private static readonly JsonWriterOptions ReplyWriting = new() { SkipValidation = true };

    private static readonly HashSet<string> HandledTypes = [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.EndOfConversation];

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        // Every service the handler needs is a singleton: found once here, not from a request scope on every turn.
        var services = app.ServiceProvider;
        var turns = services.GetRequiredService<TurnRunner>();
        var authenticator = services.GetRequiredService<IChannelAuthenticator>();
        var replies = services.GetRequiredService<ReplyDispatcher>();
        var reader = services.GetRequiredService<ActivityReader>();
        var maxRequestBytes = services.GetRequiredService<IOptions<BotOptions>>().Value.MaxRequestBytes;

        // Only the Bot Connector service (or the Emulator) calls it: a service's response headers, not a page's.
        app.MapPost("/api/messages", http => HandleAsync(http, turns, authenticator, replies, reader, maxRequestBytes)).ForServicesOnly();
        return app;
    }

    private static async Task HandleAsync(
        HttpContext http,
        TurnRunner turns,
        IChannelAuthenticator authenticator,
        ReplyDispatcher replies,
        ActivityReader reader,
        int maxRequestBytes)
    {
        var cancellationToken = http.RequestAborted;
        if (BrowserRequest.IsCrossSite(http.Request))
        {
            // Only services post here. A page on another site must not drive a local-mode bot from a visitor's browser.
            await WriteProblemAsync(http, StatusCodes.Status403Forbidden, "Forbidden", "Browsers may not post activities here.");
            return;
        }

        var read = await reader.ReadAsync(http.Request, maxRequestBytes, cancellationToken);
        if (read.Activity is not { } activity)
        {
            await WriteProblemAsync(http, read.Status, "BadArgument", read.Reason!);
            return;
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.IsAuthenticated)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            http.Response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }

        if (!HandledTypes.Contains(activity.Type!))
        {
            // The protocol says to acknowledge activity types a bot does not handle.
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var turnReplies = await turns.RunAsync(activity, cancellationToken);

        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/json; charset=utf-8";
            // Written straight into the response pipe in one synchronous pass (the replies are small), not flushed: Kestrel
            // sends it with the end of the response in one write (a flush here sent the last chunk's marker on its own, a
            // second packet for every turn). The serializer's own output needs no second check of its structure.
            using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, ReplyWriting))
            {
                JsonSerializer.Serialize(writer, new ExpectedReplies(turnReplies), SchemaJsonContext.Default.ExpectedReplies);
            }

            return;
        }

        await replies.EnqueueAsync(activity, turnReplies, auth, cancellationToken);
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(ProblemBody.Of(code, message), MessagingJsonContext.Default.ProblemBody);
    }
}
