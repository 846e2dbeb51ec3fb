using SignpostBot.Dialogs.Engine;

namespace SignpostBot.Content;

/// <summary>How the knowledge is doing, for /healthz: what is being served and why, in a sentence.</summary>
public sealed record KnowledgeHealth(bool Degraded, string Description);

/// <summary>
/// Holds the content version every turn uses. A new version is only ever swapped in whole, after it has been
/// checked, so a turn sees either the old content or the new one, never a mix.
/// </summary>
public sealed class BotContentHolder
{
    private BotContent _current;
    private KnowledgeHealth _health;

    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _understanding = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private BotContent _builtIn;

    public BotContentHolder(TriageBot builtIn, TimeProvider clock)
    {
        _builtIn = new BotContent(builtIn, BotContent.BuiltInSource, null, clock.GetUtcNow());
        _current = _builtIn;
        _health = new KnowledgeHealth(false, "Serving the knowledge built into the app.");
        if (builtIn.Classifier is not null)
        {
            _understanding.SetResult();
        }
    }

    /// <summary>The copy built into the app: the last resort when no checked blob version was ever loaded.</summary>
    public BotContent BuiltIn => Volatile.Read(ref _builtIn);

    /// <summary>Completes once the built-in content's intent classifier is in use (at once, when it came trained).</summary>
    public Task Understanding => _understanding.Task;

    /// <summary>
    /// The built-in content with its classifier, trained after start-up: it replaces the untrained copy, and is served
    /// at once unless a blob version has been swapped in meanwhile.
    /// </summary>
    public void UseTrained(TriageBot trained)
    {
        lock (_lock)
        {
            var untrained = _builtIn;
            var next = untrained with { Bot = trained };
            Volatile.Write(ref _builtIn, next);
            Interlocked.CompareExchange(ref _current, next, untrained);
        }

        _understanding.TrySetResult();
    }

    public BotContent Current => Volatile.Read(ref _current);

    public KnowledgeHealth Health => Volatile.Read(ref _health);

    public void Swap(BotContent next) => Volatile.Write(ref _current, next);

    public void Report(KnowledgeHealth health) => Volatile.Write(ref _health, health);
}
