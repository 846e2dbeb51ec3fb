using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>What the engine told the observer during one turn, in order.</summary>
internal sealed class TurnTrace : ITurnObserver
{
    public List<(string DialogId, WaterfallStep Step, int RepliesBefore)> Ran { get; } = [];

    public List<(string DialogId, WaterfallStep Step, bool GaveUp, int RepliesBefore)> All { get; } = [];

    public bool HasGivenUp { get; private set; }

    public IEnumerable<(string DialogId, WaterfallStep Step, bool GaveUp)> Events => All.Select(e => (e.DialogId, e.Step, e.GaveUp));

    public void StepRan(string dialogId, WaterfallStep ran, int repliesBefore)
    {
        Ran.Add((dialogId, ran, repliesBefore));
        All.Add((dialogId, ran, false, repliesBefore));
    }

    public void GaveUp(string dialogId, PromptStep prompt, int repliesBefore)
    {
        HasGivenUp = true;
        All.Add((dialogId, prompt, true, repliesBefore));
    }

    /// <summary>The step whose run made reply <paramref name="index"/>, or null when it came before any step (an interruption).</summary>
    public SourceLocation? MadeReply(int index)
    {
        SourceLocation? made = null;
        foreach (var e in All)
        {
            if (e.RepliesBefore > index)
            {
                break;
            }

            made = e.Step.Location;
        }

        return made;
    }
}

