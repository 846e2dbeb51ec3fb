using SignpostBot.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Health;
using SignpostBot.State;

namespace SignpostBot.Turns;

/// <summary>
/// Runs one turn for any host (Bot Connector, Direct Line): loads the conversation's state by its hashed key,
/// calls the turn function (with the time to stamp on the replies), and keeps or forgets the new state. If
/// anything fails — the store down or slow, a corrupt state entry, a step that throws — the person gets the
/// fail-safe signpost, the conversation starts afresh, and the cause is counted for /healthz.
/// </summary>
public sealed partial class TurnRunner(
    BotContentHolder content,
    IConversationStateStore store,
    ConversationKeyHasher keys,
    TurnFaults faults,
    TimeProvider clock,
    ILogger<TurnRunner> logger)
{
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        // One content version for the whole turn, even if a new one is swapped in meanwhile.
        var bot = content.Current.Bot;
        var key = keys.KeyFor(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty);
        TurnResult result;
        try
        {
            var state = await store.GetAsync(key, cancellationToken);
            result = bot.OnTurn(state, activity, clock.GetUtcNow());
            if (result.State is null)
            {
                await store.DeleteAsync(key, cancellationToken);
            }
            else if (!ReferenceEquals(result.State, state))
            {
                await store.SetAsync(key, result.State, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var fault = ex switch
            {
                StateStoreUnavailableException => TurnFault.StateStoreUnavailable,
                CorruptStateException => TurnFault.CorruptState,
                _ => TurnFault.TurnFailed,
            };
            faults.Record(fault);
            LogTurnFailed(logger, fault, ex.GetType().Name);
            if (fault == TurnFault.StateStoreUnavailable)
            {
                // The store is slow or away: answer now, and keep trying the clean-up in the background for a
                // few seconds, so a store that comes back does not resume the failed conversation.
                _ = ForgetWithRetriesAsync(key);
            }
            else
            {
                await TryDeleteAsync(key);
            }

            result = bot.FailSafe(activity, clock.GetUtcNow());
        }

        return result.Replies;
    }

    /// <summary>Forgets a conversation at once (the person left, or used "Exit this page").</summary>
    public ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
        => store.DeleteAsync(keys.KeyFor(channelId, conversationId), cancellationToken);

    private async Task<bool> TryDeleteAsync(string key)
    {
        try
        {
            await store.DeleteAsync(key, CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The state expires on its own; the reply matters more.
            LogForgetFailed(logger, ex.GetType().Name);
            return false;
        }
    }

    private async Task ForgetWithRetriesAsync(string key)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        for (var attempt = 0; attempt < 6 && !await TryDeleteAsync(key); attempt++)
        {
            await Task.Delay(delay, clock);
            delay *= 2;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed ({Fault}, {ExceptionType}); the fail-safe reply was sent.")]
    private static partial void LogTurnFailed(ILogger logger, TurnFault fault, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forgetting a failed conversation's state failed with {ExceptionType}.")]
    private static partial void LogForgetFailed(ILogger logger, string exceptionType);
}
