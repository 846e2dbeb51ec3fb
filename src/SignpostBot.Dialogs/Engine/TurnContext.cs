using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// The working copy of a conversation's state during one turn, the replies gathered so far, and the texts of the
/// person's language.
/// </summary>
internal sealed class TurnContext(DialogState state, string? locale, string? language, LanguageTexts texts, string? channelId = null, ITurnObserver? observer = null)
{
    public List<DialogFrame> Stack { get; } = [.. state.Stack];
    public Slots Slots { get; set; } = state.Slots;
    public bool Greeted { get; set; } = state.Greeted;

    /// <summary>Danger or thoughts of suicide were seen in this conversation (<see cref="DialogState.AtRisk"/>).</summary>
    public bool AtRisk { get; set; } = state.AtRisk;

    /// <summary>Set once the emergency number is in this turn's replies, so one turn never repeats it.</summary>
    public bool EmergencyShownThisTurn { get; private set; }
    /// <summary>The activity's locale, else the conversation's language: which language the recognizers try first.</summary>
    public string? Locale { get; } = locale ?? language;

    /// <summary>The person's language as the state keeps it (null: not known, English).</summary>
    public string? Language { get; } = language;

    /// <summary>Every text this turn says, in the person's language.</summary>
    public LanguageTexts Texts { get; } = texts;

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
        AtRisk = AtRisk,
        Language = Language,
    };
}
