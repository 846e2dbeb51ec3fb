using Polly;
using Polly.Retry;
using SignpostBot.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Health;
using SignpostBot.State;

namespace SignpostBot.Turns;

/// <summary>
/// Runs one turn for any host (Bot Connector, Direct Line): takes the conversation's lock (its turns run one at a
/// time), answers a retry of an activity already answered with the same replies again (<see cref="ITurnLedger"/>: the
/// turn function run again from what the first turn started from, the state left as it is), otherwise loads the
/// conversation's state by its hashed key, calls the turn function (with the time to stamp on the replies), and keeps
/// or forgets the new state. If anything fails — the store down or slow, a corrupt state
/// entry, a step that throws — the person gets the fail-safe signpost, the conversation starts afresh, and the
/// cause is counted for /healthz.
/// </summary>
public sealed partial class TurnRunner
{
    private readonly BotContentHolder _content;
    private readonly IConversationStateStore _store;
    private readonly ITurnLedger _ledger;
    private readonly IConversationLocks _locks;
    private readonly ConversationKeyHasher _keys;
    private readonly TurnFaults _faults;
    private readonly TimeProvider _clock;
    private readonly ILogger<TurnRunner> _logger;

    /// <summary>Forgetting a failed conversation's state while the store is away: six tries over about six seconds.</summary>
    private readonly ResiliencePipeline _forgetRetry;

    public TurnRunner(
        BotContentHolder content,
        IConversationStateStore store,
        ITurnLedger ledger,
        IConversationLocks locks,
        ConversationKeyHasher keys,
        TurnFaults faults,
        TimeProvider clock,
        ILogger<TurnRunner> logger)
    {
        _content = content;
        _store = store;
        _ledger = ledger;
        _locks = locks;
        _keys = keys;
        _faults = faults;
        _clock = clock;
        _logger = logger;
        _forgetRetry = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
                MaxRetryAttempts = 6,
                Delay = TimeSpan.FromMilliseconds(100),
                BackoffType = DelayBackoffType.Exponential,
            })
            .Build();
    }

    /// <summary>Runs the turn for an activity, exactly once per activity id within the replay window.</summary>
    public Task<IReadOnlyList<Activity>> RunAsync(Activity activity, CancellationToken cancellationToken)
        => RunAsync(activity, activity.Id, cancellationToken);

    /// <param name="activity">The activity, as the channel addressed it.</param>
    /// <param name="turnId">
    /// The id that makes a repeat of this activity the same turn; null when the host recognises repeats itself
    /// (the built-in Direct Line gives every post its own id).
    /// </param>
    /// <param name="cancellationToken">Cancels waiting for the store or the lock.</param>
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity, string? turnId, CancellationToken cancellationToken)
    {
        // One content version for the whole turn, even if a new one is swapped in meanwhile.
        var bot = _content.Current.Bot;
        var channelId = activity.ChannelId ?? string.Empty;
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        var key = _keys.KeyFor(channelId, conversationId);
        var turnKey = string.IsNullOrEmpty(turnId) ? null : _keys.TurnKeyFor(channelId, conversationId, turnId);
        IAsyncDisposable? held = null;
        try
        {
            held = await _locks.AcquireAsync(key, cancellationToken);
            if (turnKey is not null && await _ledger.FindAsync(turnKey, cancellationToken) is { } earlier)
            {
                // The turn function is deterministic: from the same start, the same activity gets the same replies. Run
                // with the content in use now, so a retry that comes after a new content version (or the classifier
                // coming into use just after start) gets that version's answer: the newest numbers, not a replay.
                return bot.OnTurn(earlier.State, activity, earlier.At).Replies;
            }

            var state = await _store.GetAsync(key, cancellationToken);
            var now = _clock.GetUtcNow();
            var result = bot.OnTurn(state, activity, now);
            if (result.State is null)
            {
                await _store.DeleteAsync(key, cancellationToken);
            }
            else if (!ReferenceEquals(result.State, state))
            {
                await _store.SetAsync(key, result.State, cancellationToken);
            }

            if (turnKey is not null)
            {
                await _ledger.RecordAsync(turnKey, new TurnStart(state, now), cancellationToken);
            }

            return result.Replies;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var fault = ex switch
            {
                StateStoreUnavailableException => TurnFault.StateStoreUnavailable,
                CorruptStateException => TurnFault.CorruptState,
                _ => TurnFault.TurnFailed,
            };
            _faults.Record(fault);
            LogTurnFailed(_logger, fault, ex.GetType().Name);
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

            return bot.FailSafe(activity, _clock.GetUtcNow()).Replies;
        }
        finally
        {
            if (held is not null)
            {
                await held.DisposeAsync();
            }
        }
    }

    /// <summary>Forgets a conversation at once (the person left, or used "Exit this page").</summary>
    public ValueTask ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
        => _store.DeleteAsync(_keys.KeyFor(channelId, conversationId), cancellationToken);

    private async Task TryDeleteAsync(string key)
    {
        try
        {
            await _store.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The state expires on its own; the reply matters more.
            LogForgetFailed(_logger, ex.GetType().Name);
        }
    }

    private async Task ForgetWithRetriesAsync(string key)
    {
        try
        {
            await _forgetRetry.ExecuteAsync(static (state, ct) => state.Store.DeleteAsync(state.Key, ct), (Store: _store, Key: key), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The state expires on its own.
            LogForgetFailed(_logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed ({Fault}, {ExceptionType}); the fail-safe reply was sent.")]
    private static partial void LogTurnFailed(ILogger logger, TurnFault fault, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forgetting a failed conversation's state failed with {ExceptionType}.")]
    private static partial void LogForgetFailed(ILogger logger, string exceptionType);
}
