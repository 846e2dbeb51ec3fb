using System.Text.Json;
using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.State;

namespace SignpostBot.Messaging;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Connector contract: read and check the activity, authenticate it, run one
/// turn, keep the state, then answer with the replies (expectReplies) or post them to the channel.
/// </summary>
public static partial class MessagesEndpoint
{
    private static readonly HashSet<string> HandledTypes = [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.EndOfConversation];

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task HandleAsync(
        HttpContext http,
        TriageBot bot,
        IConversationStateStore store,
        ConversationKeyHasher keys,
        IChannelAuthenticator authenticator,
        ReplySender sender,
        TimeProvider clock,
        IOptions<BotOptions> options,
        ILoggerFactory loggers)
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

        var key = keys.KeyFor(activity.ChannelId ?? string.Empty, activity.Conversation!.Id!);
        var result = await RunTurnAsync(bot, store, key, activity, loggers.CreateLogger(typeof(MessagesEndpoint)), cancellationToken);
        var now = clock.GetUtcNow();
        var replies = result.Replies.Select(r => r with { Timestamp = now }).ToList();

        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            await http.Response.WriteAsJsonAsync(new ExpectedReplies(replies), SchemaJsonContext.Default.ExpectedReplies, cancellationToken: cancellationToken);
            return;
        }

        await sender.SendAsync(activity, replies, auth, cancellationToken);
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static async Task<TurnResult> RunTurnAsync(TriageBot bot, IConversationStateStore store, string key, Activity activity, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var state = await store.GetAsync(key, cancellationToken);
            var result = bot.OnTurn(state, activity);
            if (result.State is null)
            {
                await store.DeleteAsync(key, cancellationToken);
            }
            else if (!ReferenceEquals(result.State, state))
            {
                await store.SetAsync(key, result.State, cancellationToken);
            }

            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever broke, the person still gets the emergency number and the helpline, and starts afresh.
            LogTurnFailed(logger, ex.GetType().Name);
            await TryDeleteAsync(store, key);
            return bot.FailSafe(activity);
        }
    }

    private static async Task TryDeleteAsync(IConversationStateStore store, string key)
    {
        try
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The state will expire on its own; the reply matters more.
        }
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(ProblemBody.Of(code, message), MessagingJsonContext.Default.ProblemBody);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed with {ExceptionType}; the fail-safe reply was sent.")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType);
}
