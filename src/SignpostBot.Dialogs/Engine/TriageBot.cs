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
    /// <summary>Only the first part of a very long message is read; what a person needs fits well inside it.</summary>
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
        _channelRenderers = channelRenderers ?? new Dictionary<string, IReplyRenderer>();
    }

    public DialogSet Content => _content;

    /// <summary>The same bot (same channel renderers) over another, already checked, version of the content.</summary>
    public TriageBot WithContent(DialogSet content) => new(content, _channelRenderers);

    public TurnResult OnTurn(DialogState? state, Activity activity)
    {
        var turn = new TurnContext(state ?? DialogState.Empty, activity.Locale);
        var status = activity.Type switch
        {
            ActivityTypes.Message => OnMessage(turn, activity),
            ActivityTypes.ConversationUpdate => OnMembersAdded(turn, activity),
            ActivityTypes.EndOfConversation => DialogTurnStatus.Cancelled,
            _ => DialogTurnStatus.Empty,
        };

        var renderer = activity.ChannelId is { } channel && _channelRenderers.TryGetValue(channel, out var r) ? r : _defaultRenderer;
        var replies = turn.Replies.Select(reply => renderer.Render(reply, activity)).ToList();
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
    public TurnResult FailSafe(Activity activity)
    {
        var turn = new TurnContext(DialogState.Empty, activity.Locale);
        _runner.ShowSignpost(turn, _content.Global.FailSafe);
        var replies = turn.Replies.Select(reply => _defaultRenderer.Render(reply, activity)).ToList();
        return new TurnResult(null, replies, DialogTurnStatus.Cancelled);
    }

    private DialogTurnStatus OnMembersAdded(TurnContext turn, Activity activity)
    {
        var someoneJoined = activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) ?? false;
        if (!someoneJoined || turn.Greeted || turn.Stack.Count > 0)
        {
            return DialogTurnStatus.Empty;
        }

        return _runner.Begin(turn, _content.Global.StartDialog);
    }

    private DialogTurnStatus OnMessage(TurnContext turn, Activity activity)
    {
        var raw = MessageText(activity);
        if (raw is null)
        {
            turn.Say(new TextReply(_content.Global.NotText));
            return turn.Stack.Count == 0 ? _runner.Begin(turn, _content.Global.StartDialog) : _runner.Resume(turn);
        }

        if (turn.Stack.Count == 0)
        {
            // A new run of the flow starts from a clean slate; only the welcome and emergency flags carry over.
            turn.Slots = Slots.Empty;
        }

        var text = raw.Length > MaxTextLength ? raw[..MaxTextLength] : raw;
        var normalized = TextNormalizer.Normalize(text);
        var tokens = TextNormalizer.Tokenize(normalized);
        switch (_interruptions.Detect(normalized, tokens))
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
                return turn.Stack.Count == 0 ? BeginWithPrefill(turn, text) : _runner.Resume(turn);
            case InterruptionKind.Stop:
                turn.Say(new TextReply(_content.Global.Stop.Text));
                _runner.ShowSignpost(turn, _content.Global.FailSafe);
                return DialogTurnStatus.Cancelled;
            case InterruptionKind.StartOver:
                turn.Say(new TextReply(_content.Global.StartOver.Text));
                turn.Reset();
                return _runner.Begin(turn, _content.Global.StartDialog);
            case InterruptionKind.Help:
                turn.Say(new TextReply(_content.Global.Help.Text));
                return turn.Stack.Count == 0 ? _runner.Begin(turn, _content.Global.StartDialog) : _runner.Resume(turn);
            default:
                return turn.Stack.Count == 0 ? BeginWithPrefill(turn, text) : _runner.Continue(turn, text);
        }
    }

    private DialogTurnStatus BeginWithPrefill(TurnContext turn, string text)
    {
        turn.Slots = _prompts.Prefill(text, turn.Slots);
        return _runner.Begin(turn, _content.Global.StartDialog);
    }

    /// <summary>The text of a message, or the string a card button sent as its value; null when there is none.</summary>
    private static string? MessageText(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text;
        }

        return activity.Value is { ValueKind: System.Text.Json.JsonValueKind.String } value && value.GetString() is { Length: > 0 } s ? s : null;
    }
}
