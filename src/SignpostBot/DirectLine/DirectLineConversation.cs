using SignpostBot.Dialogs.Schema;

namespace SignpostBot.DirectLine;

/// <summary>
/// One built-in Direct Line conversation: its bounded activity log (the watermark is the sequence number of the
/// last activity seen), a signal for streams waiting on new activities, and the one WebSocket it may have.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly LinkedList<(long Sequence, Activity Activity)> _log = new();
    private readonly int _maxActivities;
    private TaskCompletionSource _changed = NewSignal();
    private CancellationTokenSource? _stream;
    private long _lastSequence;
    private long _lastActiveTicks;

    public DirectLineConversation(string id, string userId, int maxActivities, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        _maxActivities = maxActivities;
        _lastActiveTicks = now.UtcTicks;
    }

    public string Id { get; }

    public string UserId { get; }

    public bool Started { get; private set; }

    public bool Ended { get; private set; }

    /// <summary>When the conversation was last used (read by the sweeper without taking the lock).</summary>
    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActiveTicks), TimeSpan.Zero);

    /// <summary>Turns run one at a time per conversation, so replies stay in order.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    /// <summary>Marks the conversation started; true only the first time (201 Created), then false (200 OK).</summary>
    public bool Start()
    {
        lock (_gate)
        {
            var first = !Started;
            Started = true;
            return first;
        }
    }

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActiveTicks, now.UtcTicks);

    /// <summary>Adds an activity with its id (<c>conversationId|0000007</c>) and returns it.</summary>
    public Activity Append(Activity activity)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (Ended)
            {
                return activity;
            }

            var sequence = ++_lastSequence;
            activity = activity with { Id = $"{Id}|{sequence:D7}" };
            _log.AddLast((sequence, activity));
            while (_log.Count > _maxActivities)
            {
                _log.RemoveFirst();
            }

            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
        return activity;
    }

    /// <summary>The activities after a watermark and the new watermark (unchanged when there are none).</summary>
    public (IReadOnlyList<Activity> Activities, string Watermark) After(string? watermark)
    {
        var after = long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
        lock (_gate)
        {
            var activities = _log.Where(e => e.Sequence > after).Select(e => e.Activity).ToList();
            var last = Math.Max(Math.Min(after, _lastSequence), activities.Count > 0 ? _log.Last!.Value.Sequence : 0);
            return (activities, last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
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

    /// <summary>Ends the conversation: drops its activities and closes its stream.</summary>
    public void End()
    {
        TaskCompletionSource changed;
        CancellationTokenSource? stream;
        lock (_gate)
        {
            Ended = true;
            _log.Clear();
            changed = _changed;
            stream = _stream;
            _stream = null;
        }

        changed.TrySetResult();
        stream?.Cancel();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
