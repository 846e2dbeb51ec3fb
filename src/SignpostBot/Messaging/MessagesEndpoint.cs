using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Turns;

namespace SignpostBot.Messaging;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Connector contract: read and check the activity, authenticate it, run one
/// turn, then answer with the replies (expectReplies) or post them to the channel.
/// </summary>
public static class MessagesEndpoint
{
    private static readonly HashSet<string> HandledTypes = [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.EndOfConversation];

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task HandleAsync(
        HttpContext http,
        TurnRunner turns,
        IChannelAuthenticator authenticator,
        IOptions<BotOptions> options)
    {
        var cancellationToken = http.RequestAborted;
        var read = await ActivityReader.ReadAsync(http.Request, options.Value.MaxRequestBytes, cancellationToken);
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

        var replies = await turns.RunAsync(activity, cancellationToken);

        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/json; charset=utf-8";
            // Written straight into the response pipe in one synchronous pass (the replies are small), then flushed.
            using (var writer = new Utf8JsonWriter(http.Response.BodyWriter))
            {
                JsonSerializer.Serialize(writer, new ExpectedReplies(replies), SchemaJsonContext.Default.ExpectedReplies);
            }

            await http.Response.BodyWriter.FlushAsync(cancellationToken);
            return;
        }

        // Resolved only here: a typed HttpClient is built per resolution, which expectReplies turns never need.
        var sender = http.RequestServices.GetRequiredService<ReplySender>();
        await sender.SendAsync(activity, replies, auth, cancellationToken);
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(ProblemBody.Of(code, message), MessagingJsonContext.Default.ProblemBody);
    }
}
