using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.State;

namespace SignpostBot.Turns;

/// <summary>
/// Runs one turn for any host (Bot Connector, Direct Line): loads the conversation's state by its hashed key,
/// calls the turn function, keeps or forgets the new state, and stamps the replies. If anything fails, the person
/// gets the fail-safe signpost and the conversation starts afresh.
/// </summary>
public sealed partial class TurnRunner(TriageBot bot, IConversationStateStore store, ConversationKeyHasher keys, TimeProvider clock, ILogger<TurnRunner> logger)
{
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = keys.KeyFor(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty);
        TurnResult result;
        try
        {
            var state = await store.GetAsync(key, cancellationToken);
            result = bot.OnTurn(state, activity);
            if (result.State is null)
            {
                await store.DeleteAsync(key, cancellationToken);
            }
            else if (!ReferenceEquals(result.State, state))
            {
                await store.SetAsync(key, result.State, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTurnFailed(logger, ex.GetType().Name);
            await TryDeleteAsync(key);
            result = bot.FailSafe(activity);
        }

        var now = clock.GetUtcNow();
        return result.Replies.Select(r => r with { Timestamp = now }).ToList();
    }

    /// <summary>Forgets a conversation at once (the person left, or used "Exit this page").</summary>
    public ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
        => store.DeleteAsync(keys.KeyFor(channelId, conversationId), cancellationToken);

    private async Task TryDeleteAsync(string key)
    {
        try
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The state expires on its own; the reply matters more.
            LogForgetFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed with {ExceptionType}; the fail-safe reply was sent.")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forgetting a failed conversation's state failed with {ExceptionType}.")]
    private static partial void LogForgetFailed(ILogger logger, string exceptionType);
}
