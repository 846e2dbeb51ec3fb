using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// The turn function, <c>(state, activity) -> (state', replies)</c>, as the content tools take it: <c>prove</c> and
/// <c>graph</c> explore whatever implements it, so a test can hand them the real <see cref="TriageBot"/> wrapped in a
/// deliberately faulty one and see the proof fail.
/// </summary>
public interface ITurnFunction
{
    /// <inheritdoc cref="TriageBot.OnTurn"/>
    TurnResult OnTurn(DialogState? state, Activity activity, DateTimeOffset? timestamp = null, ITurnObserver? observer = null);

    /// <inheritdoc cref="TriageBot.FailSafe"/>
    TurnResult FailSafe(Activity activity, DateTimeOffset? timestamp = null);
}
