using SignpostBot.Dialogs.Content;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// Sees which steps the engine runs during one turn, for the content tools (<c>prove</c>, <c>graph</c>) that explore
/// the real turn function. The bot itself runs with none: a turn's result never depends on an observer.
/// </summary>
public interface ITurnObserver
{
    /// <summary>A step ran (a skipped step, or a prompt whose answer was already known, does not).</summary>
    /// <param name="repliesBefore">How many of this turn's replies came before the step's own (replies and rendered activities are one to one).</param>
    void StepRan(string dialogId, WaterfallStep ran, int repliesBefore);

    /// <summary>The waiting prompt did not understand its last allowed answer: the fail-safe signpost comes next, then its fallback is kept.</summary>
    void GaveUp(string dialogId, PromptStep prompt, int repliesBefore);
}
