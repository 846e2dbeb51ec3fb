using System.Text.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.DirectLine;

/// <summary>What happened when a conversation was asked to start.</summary>
public enum StartOutcome
{
    /// <summary>It started now and took one of the store's slots (201 Created).</summary>
    Started,

    /// <summary>It had already started (200 OK, a reconnect).</summary>
    AlreadyStarted,

    /// <summary>Every slot is taken, or it has ended: it did not start.</summary>
    Refused,
}

/// <summary>
/// One built-in Direct Line conversation: its activity log, bounded in count and in bytes (the watermark is the
/// sequence number of the last activity seen), the client ids of recent posts (a client's retry gets the first
/// post's id and runs no second turn), a signal for streams waiting on new activities, and the one WebSocket it
/// may have. The log holds only what the protocol replays: the echoes of the person's messages, trimmed to what
/// Web Chat shows, and the bot's replies.
/// </summary>
public sealed class DirectLineConversation
{
    /// <summary>Client activity ids remembered per conversation; a client retries its latest posts, not old ones.</summary>
    private const int RecentPosts = 32;

    private readonly object _gate = new();
    private readonly LinkedList<(long Sequence, Activity Activity, int Bytes)> _log = new();
    private readonly Dictionary<string, string> _recentPostIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentPostOrder = new();
    private readonly DirectLineLimits _limits;
    private TaskCompletionSource _changed = NewSignal();
    private CancellationTokenSource? _stream;
    private long _lastSequence;
    private long _lastActiveTicks;
    private long _bytes;

    public DirectLineConversation(string id, string userId, DirectLineLimits limits, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        _limits = limits;
        _lastActiveTicks = now.UtcTicks;
        Created = now;
    }

    public string Id { get; }

    public string UserId { get; }

    /// <summary>When the token for it was issued.</summary>
    public DateTimeOffset Created { get; }

    public bool Started { get; private set; }

    public bool Ended { get; private set; }

    /// <summary>When the conversation was last used (read by the sweeper without taking the lock).</summary>
    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActiveTicks), TimeSpan.Zero);

    /// <summary>The bytes of JSON its log holds now.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Turns run one at a time per conversation, so replies stay in order.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    /// <summary>Marks the conversation started if <paramref name="takeSlot"/> gives it a slot; says what happened.</summary>
    public StartOutcome Start(Func<bool> takeSlot)
    {
        lock (_gate)
        {
            if (Started)
            {
                return StartOutcome.AlreadyStarted;
            }

            if (Ended || !takeSlot())
            {
                return StartOutcome.Refused;
            }

            Started = true;
            return StartOutcome.Started;
        }
    }

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActiveTicks, now.UtcTicks);

    /// <summary>The id a client's earlier post with this client id was given, if it was one of the recent ones.</summary>
    public string? EarlierPostId(string clientId)
    {
        lock (_gate)
        {
            return _recentPostIds.GetValueOrDefault(clientId);
        }
    }

    /// <summary>Remembers the id given to a client's post, so its retry gets the same one.</summary>
    public void RememberPost(string clientId, string id)
    {
        lock (_gate)
        {
            if (!_recentPostIds.TryAdd(clientId, id))
            {
                return;
            }

            _recentPostOrder.Enqueue(clientId);
            if (_recentPostOrder.Count > RecentPosts)
            {
                _recentPostIds.Remove(_recentPostOrder.Dequeue());
            }
        }
    }

    /// <summary>Adds an activity with its id (<c>conversationId|0000007</c>) and returns it.</summary>
    public Activity Append(Activity activity)
    {
        TaskCompletionSource changed;
        long added;
        lock (_gate)
        {
            if (Ended)
            {
                return activity;
            }

            var sequence = ++_lastSequence;
            activity = activity with { Id = $"{Id}|{sequence:D7}" };
            var bytes = JsonSerializer.SerializeToUtf8Bytes(activity, DirectLineJsonContext.Default.Activity).Length;
            _log.AddLast((sequence, activity, bytes));
            added = bytes;
            // The newest always stays: a turn's reply must reach the person even when it alone is over the limit.
            while (_log.Count > 1 && (_log.Count > _limits.MaxActivities || _bytes + added > _limits.MaxBytes))
            {
                added -= _log.First!.Value.Bytes;
                _log.RemoveFirst();
            }

            Interlocked.Add(ref _bytes, added);
            changed = _changed;
            _changed = NewSignal();
        }

        _limits.Total.Add(added);
        changed.TrySetResult();
        return activity;
    }

    /// <summary>The activities after a watermark and the new watermark (unchanged when there are none).</summary>
    public (IReadOnlyList<Activity> Activities, string Watermark) After(string? watermark)
    {
        var after = Sequence(watermark);
        lock (_gate)
        {
            var activities = _log.Where(e => e.Sequence > after).Select(e => e.Activity).ToList();
            var last = Math.Max(Math.Min(after, _lastSequence), activities.Count > 0 ? _log.Last!.Value.Sequence : 0);
            return (activities, last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Drops the oldest activities until the log holds at most <paramref name="bytes"/> (the newest always stays).</summary>
    public void TrimTo(long bytes)
    {
        long removed = 0;
        lock (_gate)
        {
            while (_log.Count > 1 && _bytes - removed > bytes)
            {
                removed += _log.First!.Value.Bytes;
                _log.RemoveFirst();
            }

            Interlocked.Add(ref _bytes, -removed);
        }

        _limits.Total.Add(-removed);
    }

    /// <summary>Completes when an activity is added or the conversation ends.</summary>
    public Task Changed
    {
        get
        {
            lock (_gate)
            {
                return Ended ? Task.CompletedTask : _changed.Task;
            }
        }
    }

    /// <summary>Claims the conversation's one stream; the previous one, if any, is told to close ("collision").</summary>
    public CancellationToken ClaimStream()
    {
        CancellationTokenSource? previous;
        var next = new CancellationTokenSource();
        lock (_gate)
        {
            previous = _stream;
            _stream = next;
            if (Ended)
            {
                next.Cancel();
            }
        }

        previous?.Cancel();
        return next.Token;
    }

    /// <summary>Ends the conversation: drops its activities and closes its stream. False when it had already ended.</summary>
    public bool End() => End(out _);

    /// <inheritdoc cref="End()"/>
    /// <param name="wasStarted">Whether it had started (and so held a slot) when it ended.</param>
    public bool End(out bool wasStarted)
    {
        TaskCompletionSource changed;
        CancellationTokenSource? stream;
        long removed;
        lock (_gate)
        {
            wasStarted = Started;
            if (Ended)
            {
                return false;
            }

            Ended = true;
            _log.Clear();
            _recentPostIds.Clear();
            _recentPostOrder.Clear();
            removed = Interlocked.Exchange(ref _bytes, 0);
            changed = _changed;
            stream = _stream;
            _stream = null;
        }

        _limits.Total.Add(-removed);
        changed.TrySetResult();
        stream?.Cancel();
        return true;
    }

    private static long Sequence(string? watermark)
        => long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
