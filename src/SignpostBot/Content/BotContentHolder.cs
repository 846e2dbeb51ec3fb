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

    public BotContentHolder(TriageBot builtIn, TimeProvider clock)
    {
        BuiltIn = new BotContent(builtIn, BotContent.BuiltInSource, null, clock.GetUtcNow());
        _current = BuiltIn;
        _health = new KnowledgeHealth(false, "Serving the knowledge built into the app.");
    }

    /// <summary>The copy built into the app: the last resort when no checked blob version was ever loaded.</summary>
    public BotContent BuiltIn { get; }

    public BotContent Current => Volatile.Read(ref _current);

    public KnowledgeHealth Health => Volatile.Read(ref _health);

    public void Swap(BotContent next) => Volatile.Write(ref _current, next);

    public void Report(KnowledgeHealth health) => Volatile.Write(ref _health, health);
}
