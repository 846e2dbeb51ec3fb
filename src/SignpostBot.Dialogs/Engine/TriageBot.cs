using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// The turn function: <c>(state, activity) -> (state', replies)</c>, with no I/O. Interruptions (danger, stop,
/// start again, help) are handled above every dialog; everything else goes to the waiting prompt or starts the
/// flow. Hosts only move activities and keep the returned state.
/// </summary>
public sealed class TriageBot
{
    /// <summary>
    /// Only the first part of a very long message is read for its answers; what a person needs fits well inside
    /// it. Danger is looked for in the whole message.
    /// </summary>
    public const int MaxTextLength = 4000;

    private readonly DialogSet _content;
    private readonly InterruptionDetector _interruptions;
    private readonly PromptRecognizer _prompts;
    private readonly SignpostBuilder _signposts;
    private readonly WaterfallRunner _runner;
    private readonly HeroCardRenderer _defaultRenderer;
    private readonly IReadOnlyDictionary<string, IReplyRenderer> _channelRenderers;

    public TriageBot(DialogSet content, IReadOnlyDictionary<string, IReplyRenderer>? channelRenderers = null)
    {
        _content = content;
        var countries = new CountryRecognizer(content.Knowledge.Countries.Select(c => new CountryName(c.Code, c.Name, c.Aliases)));
        _interruptions = new InterruptionDetector(content.Global);
        _prompts = new PromptRecognizer(content, countries);
        _signposts = new SignpostBuilder(content);
        _runner = new WaterfallRunner(content, _prompts, _signposts);
        _defaultRenderer = new HeroCardRenderer(content.Global.Labels);
        _channelRenderers = channelRenderers ?? new Dictionary<string, IReplyRenderer>(StringComparer.Ordinal)
        {
            ["msteams"] = new AdaptiveCardRenderer(content.Global.Labels),
        };
    }

    public DialogSet Content => _content;

    /// <summary>The same bot (same channel renderers) over another, already checked, version of the content.</summary>
    public TriageBot WithContent(DialogSet content) => new(content, _channelRenderers);

    /// <param name="timestamp">
    /// When the replies are sent, stamped on each as it is made (the host reads its clock; the turn stays a
    /// function of its inputs). Null: the replies carry no timestamp.
    /// </param>
    public TurnResult OnTurn(DialogState? state, Activity activity, DateTimeOffset? timestamp = null)
    {
        var turn = new TurnContext(state ?? DialogState.Empty, activity.Locale);
        var status = activity.Type switch
        {
            ActivityTypes.Message => OnMessage(turn, activity),
            ActivityTypes.ConversationUpdate => OnMembersAdded(turn, activity),
            ActivityTypes.InstallationUpdate => OnInstallationUpdate(turn, activity),
            ActivityTypes.EndOfConversation => DialogTurnStatus.Cancelled,
            _ => DialogTurnStatus.Empty,
        };

        var replies = Render(turn, activity, timestamp);
        var newState = status switch
        {
            DialogTurnStatus.Cancelled => null,
            DialogTurnStatus.Empty => state,
            _ => turn.ToState(),
        };
        return new TurnResult(newState, replies, status);
    }

    /// <summary>
    /// The reply for when a turn cannot be completed (lost state, a fault): the emergency number and the
    /// helplines of the fail-safe signpost, built only from content already checked at start-up.
    /// </summary>
    public TurnResult FailSafe(Activity activity, DateTimeOffset? timestamp = null)
    {
        var turn = new TurnContext(DialogState.Empty, activity.Locale);
        _runner.ShowSignpost(turn, _content.Global.FailSafe);
        return new TurnResult(null, Render(turn, activity, timestamp), DialogTurnStatus.Cancelled);
    }

    private DialogTurnStatus OnMembersAdded(TurnContext turn, Activity activity)
    {
        // A client may send nulls in the list: they are nobody joining, not a fault.
        var added = activity.MembersAdded ?? [];
        var botJoined = added.Any(m => m is not null && m.Id == activity.Recipient?.Id);
        var someoneElseJoined = added.Any(m => m is not null && m.Id != activity.Recipient?.Id);

        // Teams tells the bot it was installed by listing the bot itself; elsewhere the person arriving counts.
        // In group chats and team channels, people joining later are not each greeted in front of everyone.
        var welcome = (botJoined && (activity.ChannelId == "msteams" || IncomingText.IsGroup(activity)))
            || (someoneElseJoined && !IncomingText.IsGroup(activity));
        if (!welcome || turn.Greeted || turn.Stack.Count > 0)
        {
            return DialogTurnStatus.Empty;
        }

        return Begin(turn, activity);
    }

    /// <summary>Teams' install and uninstall: welcome on add; forget the conversation on remove.</summary>
    private DialogTurnStatus OnInstallationUpdate(TurnContext turn, Activity activity)
    {
        if (activity.Action is "remove" or "remove-upgrade")
        {
            return DialogTurnStatus.Cancelled;
        }

        if (activity.Action is not ("add" or "add-upgrade") || turn.Greeted || turn.Stack.Count > 0)
        {
            return DialogTurnStatus.Empty;
        }

        return Begin(turn, activity);
    }

    /// <summary>
    /// Starts the flow. On a conversation's first run, the channel's assumed answers fill what the person has not
    /// said (Teams opens on the professionals' menu) and its note comes just before the first question.
    /// </summary>
    private DialogTurnStatus Begin(TurnContext turn, Activity activity, string? prefillText = null)
    {
        if (prefillText is not null)
        {
            turn.Slots = _prompts.Prefill(prefillText, turn.Slots);
        }

        // Someone who has just said they are in danger is not assumed to be asking for work.
        var channel = !turn.Greeted && turn.Slots.InDanger != true && activity.ChannelId is { } id && _content.Global.Channels.TryGetValue(id, out var settings) ? settings : null;
        foreach (var (slot, value) in channel?.Assume ?? [])
        {
            if (turn.Slots.Get(slot) is null)
            {
                turn.Slots = turn.Slots.With(slot, value);
            }
        }

        var status = _runner.Begin(turn, _content.Global.StartDialog);
        if (channel?.Note is { } note)
        {
            var at = turn.Replies.Count > 0 && turn.Replies[^1] is PromptReply ? turn.Replies.Count - 1 : turn.Replies.Count;
            turn.Replies.Insert(at, new TextReply(note));
        }

        return status;
    }

    private Activity[] Render(TurnContext turn, Activity activity, DateTimeOffset? timestamp)
    {
        var renderer = RendererFor(activity);
        var replies = new Activity[turn.Replies.Count];
        for (var i = 0; i < replies.Length; i++)
        {
            replies[i] = renderer.Render(turn.Replies[i], activity, timestamp);
        }

        return replies;
    }

    private IReplyRenderer RendererFor(Activity activity)
        => activity.ChannelId is { } channel && _channelRenderers.TryGetValue(channel, out var renderer) ? renderer : _defaultRenderer;

    private DialogTurnStatus OnMessage(TurnContext turn, Activity activity)
    {
        if (!IncomingText.IsForBot(activity))
        {
            // A team channel or group chat message that does not @mention the bot is not for it.
            return DialogTurnStatus.Empty;
        }

        var raw = IncomingText.Read(activity);
        if (raw is null)
        {
            turn.Say(new TextReply(_content.Global.NotText));
            return turn.Stack.Count == 0 ? Begin(turn, activity) : _runner.Resume(turn);
        }

        if (turn.Stack.Count == 0)
        {
            // A new run of the flow starts from a clean slate; only the welcome and emergency flags carry over.
            turn.Slots = Slots.Empty;
        }

        var text = raw.Length > MaxTextLength ? raw[..MaxTextLength] : raw;
        var normalized = TextNormalizer.Normalize(text);
        var tokens = TextNormalizer.Tokenize(normalized);
        var interruption = _interruptions.Detect(normalized, tokens);
        if (interruption != InterruptionKind.Danger && raw.Length > MaxTextLength && _interruptions.MentionsDanger(raw))
        {
            interruption = InterruptionKind.Danger;
        }

        switch (interruption)
        {
            case InterruptionKind.Danger:
                // Emergency number first, then carry on: a waiting danger question now has its answer.
                turn.Say(new TextReply(_content.Global.Danger.Text));
                if (_signposts.EmergencyFor(turn) is { } emergency)
                {
                    turn.Say(new SignpostReply(null, [emergency]));
                    turn.MarkEmergencyShown();
                }

                turn.Slots = turn.Slots with { InDanger = true };
                return turn.Stack.Count == 0 ? Begin(turn, activity, text) : _runner.Resume(turn);
            case InterruptionKind.Stop:
                turn.Say(new TextReply(_content.Global.Stop.Text));
                _runner.ShowSignpost(turn, _content.Global.FailSafe);
                return DialogTurnStatus.Cancelled;
            case InterruptionKind.StartOver:
                turn.Say(new TextReply(_content.Global.StartOver.Text));
                turn.Reset();
                return Begin(turn, activity);
            case InterruptionKind.Help:
                turn.Say(new TextReply(_content.Global.Help.Text));
                return turn.Stack.Count == 0 ? Begin(turn, activity) : _runner.Resume(turn);
            default:
                return turn.Stack.Count == 0 ? Begin(turn, activity, text) : _runner.Continue(turn, text);
        }
    }
}
