using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Dialogs.Engine;

/// <summary>The working copy of a conversation's state during one turn, and the replies gathered so far.</summary>
internal sealed class TurnContext(DialogState state, string? locale, string? channelId = null)
{
    public List<DialogFrame> Stack { get; } = [.. state.Stack];
    public Slots Slots { get; set; } = state.Slots;
    public bool Greeted { get; set; } = state.Greeted;
    public bool EmergencyShown { get; set; } = state.EmergencyShown;

    /// <summary>Set once the emergency number is in this turn's replies, so one turn never repeats it.</summary>
    public bool EmergencyShownThisTurn { get; private set; }
    public string? Locale { get; } = locale;

    /// <summary>The activity's channel (<c>msteams</c>, <c>webchat</c>…): what is kept of a chat differs between them.</summary>
    public string? ChannelId { get; } = channelId;
    public List<Reply> Replies { get; } = [];

    public DialogFrame? Active => Stack.Count > 0 ? Stack[0] : null;

    public void Say(Reply reply) => Replies.Add(reply);

    public void MarkEmergencyShown()
    {
        EmergencyShown = true;
        EmergencyShownThisTurn = true;
    }

    public void Push(string dialogId) => Stack.Insert(0, new DialogFrame(dialogId, 0));

    public void ReplaceActive(DialogFrame frame) => Stack[0] = frame;

    /// <summary>Moves the active dialog to its next step, forgetting the last prompt's attempts.</summary>
    public void Advance() => Stack[0] = new DialogFrame(Stack[0].DialogId, Stack[0].StepIndex + 1);

    public void Reset()
    {
        Stack.Clear();
        Slots = Slots.Empty;
    }

    public DialogState ToState() => new()
    {
        Stack = [.. Stack],
        Slots = Slots,
        Greeted = Greeted,
        EmergencyShown = EmergencyShown,
    };
}
