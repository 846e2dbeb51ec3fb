using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// Runs waterfall steps in order until a prompt waits for an answer or the stack is empty. Steps whose
/// <c>when</c> is not met are skipped, and so are prompts whose slot is already known. Frames name their step by id.
/// </summary>
internal sealed class WaterfallRunner(DialogSet content, PromptRecognizer prompts, SignpostBuilder signposts)
{
    /// <summary>A frame's step id once its dialog has run its last step; never saved, since a turn pops such a frame.</summary>
    private const string EndOfDialog = "";

    /// <summary>A bound on the steps one turn may run: far above any real flow, and a guard against a content loop.</summary>
    private const int MaxStepsPerTurn = 500;

    public DialogTurnStatus Begin(TurnContext turn, string dialogId)
    {
        turn.Push(FirstFrame(dialogId));
        return Run(turn);
    }

    /// <summary>
    /// Whether a saved state fits this content: every frame names a loaded dialog and one of its steps, the active
    /// frame a prompt, and each frame under it the <c>begin</c> step of the dialog above. A state saved before a
    /// release that removed or changed its step does not.
    /// </summary>
    public bool Fits(DialogState state)
    {
        if (state.Version != DialogState.CurrentVersion)
        {
            return false;
        }

        for (var i = 0; i < state.Stack.Length; i++)
        {
            var frame = state.Stack[i];
            if (frame?.DialogId is null || frame.StepId is null || content.Find(frame.DialogId) is not { } dialog || dialog.IndexOf(frame.StepId) is var index && index < 0)
            {
                return false;
            }

            var fits = i == 0 ? dialog.Steps[index] is PromptStep : dialog.Steps[index] is BeginStep begin && begin.DialogId == state.Stack[i - 1].DialogId;
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    public DialogTurnStatus Run(TurnContext turn)
    {
        for (var guard = 0; guard < MaxStepsPerTurn; guard++)
        {
            if (turn.Active is not { } frame)
            {
                return DialogTurnStatus.Complete;
            }

            var dialog = content.Find(frame.DialogId) ?? throw new InvalidOperationException("The state names a dialog that is not loaded.");
            var index = IndexOf(dialog, frame);
            if (index >= dialog.Steps.Count)
            {
                turn.Stack.RemoveAt(0);
                if (turn.Active is not null)
                {
                    Advance(turn);
                }

                continue;
            }

            var step = dialog.Steps[index];
            if (!step.ShouldRun(turn.Slots) || (step is PromptStep known && turn.Slots.Get(known.Options.Slot) is not null))
            {
                Advance(turn);
                continue;
            }

            turn.Observer?.StepRan(dialog.Id, step, turn.Replies.Count);

            switch (step)
            {
                case SayStep say:
                    if (!say.FirstTimeOnly || !turn.Greeted)
                    {
                        turn.Say(new TextReply(turn.Texts.Say(say).For(turn.ChannelId)));
                        turn.Greeted |= say.FirstTimeOnly;
                    }

                    Advance(turn);
                    break;
                case SignpostStep signpost:
                    ShowSignpost(turn, signpost.Signpost);
                    Advance(turn);
                    break;
                case BeginStep begin:
                    turn.Push(FirstFrame(begin.DialogId));
                    break;
                case PromptStep prompt:
                    Ask(turn, prompt, retry: false);
                    return DialogTurnStatus.Waiting;
            }
        }

        throw new InvalidOperationException("The flow ran too many steps in one turn.");
    }

    /// <summary>A message that is only an age (1 to 99) answers the under-18 question: under 18 is yes.</summary>
    private static bool? BareAge(string text)
        => int.TryParse(text.AsSpan().Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) && age is > 0 and < 100
            ? age < 18
            : null;

    /// <summary>Gives an answer to the waiting prompt, then runs on.</summary>
    /// <param name="namedCountry">
    /// The country the message names as where the person is, as the interpreter reads it (<see cref="Understanding.Interpretation.NamedCountry"/>:
    /// a country's name, or a town that counts on its own, "Leeds" but not "orange"); null when it names none. The
    /// country question takes it when its own words find no country; any other question keeps it while the country is
    /// not yet known, since the person told it.
    /// </param>
    /// <param name="statesChild">
    /// Whether the message says the person is a child, as the interpreter reads it (<see cref="Understanding.Interpretation.StatesChild"/>:
    /// "she is 14", "he looks about 20"); null when it states no age. The under-18 question takes it when its own words
    /// find no yes or no, as it takes a bare age ("14").
    /// </param>
    public DialogTurnStatus Continue(TurnContext turn, string text, string? namedCountry = null, bool? statesChild = null)
    {
        if (turn.Active is not { } frame || CurrentStep(frame) is not PromptStep step)
        {
            return Run(turn);
        }

        var outcome = prompts.Recognize(step, text, turn.Locale, turn.Texts.Prompt(step));
        if (step.Options.Slot == SlotName.AboutChild && outcome is PromptOutcome.NotRecognized && (statesChild ?? BareAge(text)) is { } child)
        {
            outcome = new PromptOutcome.Recognized(child ? Slots.Yes : Slots.No);
        }
        if (step is CountryPromptStep && outcome is PromptOutcome.NotRecognized && namedCountry is not null)
        {
            outcome = new PromptOutcome.Recognized(namedCountry);
        }
        else if (step is not CountryPromptStep && namedCountry is not null && turn.Slots.Country is null)
        {
            // "Romania" at "Is the person under 18?": where they are is kept (the country question is then not asked), and
            // a question the message did not answer is asked once more, as a question rather than a miss.
            turn.Slots = turn.Slots with { Country = namedCountry };
            if (outcome is PromptOutcome.NotRecognized)
            {
                return Resume(turn);
            }
        }

        switch (outcome)
        {
            case PromptOutcome.Recognized recognized:
                turn.Slots = turn.Slots.With(step.Options.Slot, recognized.Value);
                Advance(turn);
                return Run(turn);
            case PromptOutcome.DontKnow when step is CountryPromptStep country:
                // Not knowing where you are is an answer, not a mistake: reassure, and show what works anywhere.
                if (turn.Texts.Prompt(country).DontKnowText is { } reassurance)
                {
                    turn.Say(new TextReply(reassurance));
                }

                turn.Slots = turn.Slots.With(step.Options.Slot, Slots.UnknownCountry);
                Advance(turn);
                return Run(turn);
            case PromptOutcome.AskOther when step is CountryPromptStep country:
                turn.ReplaceActive(frame with { AskedOther = true });
                turn.Say(new PromptReply(turn.Texts.Prompt(country).AskOther!, []));
                return DialogTurnStatus.Waiting;
            default:
                var attempts = frame.Attempts + 1;
                if (attempts >= content.Global.MaxAttempts)
                {
                    // Two misses: show the safest signpost instead of asking again, then carry on as the content says.
                    turn.Observer?.GaveUp(frame.DialogId, step, turn.Replies.Count);
                    turn.Say(new TextReply(turn.Texts.Global.GaveUp));
                    ShowSignpost(turn, content.Global.FailSafe);
                    turn.Slots = turn.Slots.With(step.Options.Slot, step.Options.Fallback);
                    Advance(turn);
                    return Run(turn);
                }

                turn.ReplaceActive(frame with { Attempts = attempts });
                Ask(turn, step, retry: true);
                return DialogTurnStatus.Waiting;
        }
    }

    /// <summary>Asks the waiting prompt again (after help or the danger message), or runs on if its answer is now known.</summary>
    public DialogTurnStatus Resume(TurnContext turn)
    {
        if (turn.Active is { } frame && CurrentStep(frame) is PromptStep step && turn.Slots.Get(step.Options.Slot) is null)
        {
            if (frame.AskedOther && step is CountryPromptStep country)
            {
                turn.Say(new PromptReply(turn.Texts.Prompt(country).AskOther!, []));
            }
            else
            {
                Ask(turn, step, retry: false);
            }

            return DialogTurnStatus.Waiting;
        }

        return Run(turn);
    }

    /// <summary>The prompt waiting for an answer, or null when none is.</summary>
    public PromptStep? WaitingPrompt(TurnContext turn)
        => turn.Active is { } frame ? CurrentStep(frame) as PromptStep : null;

    public void ShowSignpost(TurnContext turn, Signpost signpost)
    {
        if (signposts.Build(signpost, turn) is { } reply && !AlreadyShown(turn, reply))
        {
            turn.Say(reply);
        }
    }

    /// <summary>
    /// Whether every entry of a signpost is already in one this turn showed: a first message's help followed, in the
    /// same reply, by the flow's own signpost for the same country would list the same lines twice.
    /// </summary>
    private static bool AlreadyShown(TurnContext turn, SignpostReply reply)
    {
        if (reply.Entries.Count == 0)
        {
            return false;
        }

        var shown = new HashSet<SignpostEntry>(SignpostEntryIdentity.Instance);
        foreach (var earlier in turn.Replies)
        {
            if (earlier is SignpostReply { Entries: var entries })
            {
                shown.UnionWith(entries);
            }
        }

        return shown.Count > 0 && reply.Entries.All(shown.Contains);
    }

    private WaterfallStep? CurrentStep(DialogFrame frame)
        => content.Find(frame.DialogId) is { } dialog && IndexOf(dialog, frame) is var index && index < dialog.Steps.Count ? dialog.Steps[index] : null;

    private DialogFrame FirstFrame(string dialogId)
        => new(dialogId, content.Find(dialogId) is { Steps.Count: > 0 } dialog ? dialog.Steps[0].Id : EndOfDialog);

    /// <summary>The frame's step's position; past the end once the dialog has finished.</summary>
    private static int IndexOf(DialogDefinition dialog, DialogFrame frame)
    {
        if (frame.StepId.Length == 0)
        {
            return dialog.Steps.Count;
        }

        var index = dialog.IndexOf(frame.StepId);
        return index >= 0 ? index : throw new InvalidOperationException("The state names a step that is not loaded.");
    }

    /// <summary>Moves the active dialog to its next step, forgetting the last prompt's attempts.</summary>
    private void Advance(TurnContext turn)
    {
        var frame = turn.Stack[0];
        var dialog = content.Find(frame.DialogId)!;
        var next = IndexOf(dialog, frame) + 1;
        turn.ReplaceActive(new DialogFrame(frame.DialogId, next < dialog.Steps.Count ? dialog.Steps[next].Id : EndOfDialog));
    }

    private static void Ask(TurnContext turn, PromptStep step, bool retry)
    {
        var texts = turn.Texts.Prompt(step);
        turn.Say(new PromptReply(retry ? texts.Retry : texts.Prompt, texts.Buttons));
    }
}
