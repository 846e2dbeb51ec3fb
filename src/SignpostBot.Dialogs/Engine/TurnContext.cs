using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Dialogs.Engine;

/// <summary>The working copy of a conversation's state during one turn, and the replies gathered so far.</summary>
internal sealed class TurnContext(DialogState state, string? locale, string? channelId = null, ITurnObserver? observer = null)
{
    public List<DialogFrame> Stack { get; } = [.. state.Stack];
    public Slots Slots { get; set; } = state.Slots;
    public bool Greeted { get; set; } = state.Greeted;

    /// <summary>Set once the emergency number is in this turn's replies, so one turn never repeats it.</summary>
    public bool EmergencyShownThisTurn { get; private set; }
    public string? Locale { get; } = locale;

    /// <summary>The activity's channel (<c>msteams</c>, <c>webchat</c>…): what is kept of a chat differs between them.</summary>
    public string? ChannelId { get; } = channelId;
    public List<Reply> Replies { get; } = [];

    /// <summary>The content tools' observer, or null (always, when the bot runs).</summary>
    public ITurnObserver? Observer { get; } = observer;

    public DialogFrame? Active => Stack.Count > 0 ? Stack[0] : null;

    public void Say(Reply reply) => Replies.Add(reply);

    public void MarkEmergencyShown() => EmergencyShownThisTurn = true;

    public void Push(DialogFrame frame) => Stack.Insert(0, frame);

    public void ReplaceActive(DialogFrame frame) => Stack[0] = frame;

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
    };
}
