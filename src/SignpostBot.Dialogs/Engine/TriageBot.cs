using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;
using SignpostBot.Dialogs.Understanding;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// The turn function: <c>(state, activity) -> (state', replies)</c>, with no I/O. Interruptions (danger, stop,
/// start again, help) are handled above every dialog; everything else goes to the waiting prompt or starts the
/// flow. Hosts only move activities and keep the returned state.
/// </summary>
public sealed class TriageBot : ITurnFunction
{
    /// <summary>
    /// Only the first part of a very long message is read for its answers; what a person needs fits well inside
    /// it. Suicide and danger are looked for in the whole message.
    /// </summary>
    public const int MaxTextLength = 4000;

    private readonly DialogSet _content;
    private readonly InterruptionDetector _interruptions;
    private readonly PromptRecognizer _prompts;
    private readonly SignpostBuilder _signposts;
    private readonly WaterfallRunner _runner;
    private readonly ChannelRendererFactory _rendererFactory;
    private readonly ChannelRenderers _renderers;
    private readonly Localizer _localizer;
    private readonly LanguageChooser _languages;
    private readonly MessageInterpreter _interpreter;
    private readonly FirstMessageResponder _firstMessage;
    private readonly IIntentClassifier? _classifier;
    private readonly FrozenSet<string> _languageMenuWords;
    private readonly PromptStep? _openingPrompt;
    private readonly ConditionalWeakTable<IReadOnlyList<ChoiceButton>, LanguageButtonAdded> _withLanguageButton = [];

    /// <param name="renderers">How each channel's replies are rendered (the host's choice; <see cref="ChannelRenderers.Standard"/> as a rule).</param>
    /// <param name="classifier">
    /// The intent classifier trained from this content's understanding files; null reads messages by the content
    /// rules and recognizers alone (danger and suicide never depend on it).
    /// </param>
    public TriageBot(DialogSet content, ChannelRendererFactory renderers, IIntentClassifier? classifier = null)
    {
        _content = content;
        _rendererFactory = renderers;
        _renderers = renderers();
        _classifier = classifier;
        // The texts of every language and the language chooser (which reads every translation and example, the
        // costliest part) are built on the second core beside the recognizers and the interpreter: the bot is built
        // at every start, before the first answer.
        Localizer? localizer = null;
        LanguageChooser? languages = null;
        InterruptionDetector? interruptions = null;
        PromptRecognizer? prompts = null;
        SignpostBuilder? signposts = null;
        MessageInterpreter? interpreter = null;
        Parallel.Invoke(
            () =>
            {
                localizer = new Localizer(content);
                languages = new LanguageChooser(
                    content.Languages,
                    localizer.Offered,
                    content.Translations.Select(t => (t.Language, t.Texts.Values.AsEnumerable()))
                        .Concat(content.Understanding.Select(u => (u.Language, u.Examples.Select(e => e.Text)))),
                    content.LanguageWords.Select(w => w.Language),
                    content.Unspoken);
            },
            () =>
            {
                var countryNames = MessageInterpreter.Countries(content);
                interruptions = new InterruptionDetector(content);
                prompts = new PromptRecognizer(content, new CountryRecognizer(countryNames, content.Words));
                signposts = new SignpostBuilder(content);
                interpreter = new MessageInterpreter(content, classifier, interruptions, countryNames);
            });
        _localizer = localizer!;
        _languages = languages!;
        _interruptions = interruptions!;
        _prompts = prompts!;
        _signposts = signposts!;
        _interpreter = interpreter!;
        _runner = new WaterfallRunner(content, _prompts, _signposts);
        _firstMessage = new FirstMessageResponder(content, _runner);

        // The Language button's title in every language opens the list, as do the menu's own words.
        _languageMenuWords = content.Global.LanguageMenu is { } menu && _languages.Offered.Count > 1
            ? _localizer.Offered.Select(l => _localizer.For(l).Global.LanguageButton).OfType<string>().Concat(menu.Phrases)
                .Select(w => TextNormalizer.Normalize(w).Trim()).ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;
        _openingPrompt = content.Start.Steps.OfType<PromptStep>().FirstOrDefault();
    }


    /// <summary>How a message is read: the same interpreter <c>evaluate</c> and <c>explain</c> use.</summary>
    public MessageInterpreter Interpreter => _interpreter;

    /// <summary>The intent classifier this bot reads messages with, or null.</summary>
    public IIntentClassifier? Classifier => _classifier;

    public DialogSet Content => _content;

    /// <summary>The content's texts in each of its languages.</summary>
    public Localizer Localizer => _localizer;

    /// <summary>The languages a person may choose, and how a turn's language is decided.</summary>
    public LanguageChooser Languages => _languages;

    /// <summary>The same bot (renderers from the same factory) over another, already checked, version of the content and its classifier.</summary>
    public TriageBot WithContent(DialogSet content, IIntentClassifier? classifier) => new(content, _rendererFactory, classifier);

    /// <summary>
    /// One turn. A saved state this content cannot continue (its dialog or step was removed or changed by a
    /// release) gets the fail-safe reply and a fresh start, as a fault would.
    /// </summary>
    /// <param name="timestamp">
    /// When the replies are sent, stamped on each as it is made (the host reads its clock; the turn stays a
    /// function of its inputs). Null: the replies carry no timestamp.
    /// </param>
    /// <param name="observer">Told which steps run, for the content tools; null when the bot runs.</param>
    public TurnResult OnTurn(DialogState? state, Activity activity, DateTimeOffset? timestamp = null, ITurnObserver? observer = null)
    {
        if (state is not null && activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate && !_runner.Fits(state))
        {
            return FailSafe(activity, timestamp, state.Language);
        }

        var language = activity.Type == ActivityTypes.Message && IncomingText.IsForBot(activity)
            ? _languages.Choose(state?.Language, IncomingText.Read(activity), activity.Locale)
            : null;
        var turn = NewTurn((state ?? DialogState.Empty) with { Language = language?.Language ?? state?.Language }, activity, observer);
        var status = activity.Type switch
        {
            ActivityTypes.Message => OnMessage(turn, activity, language),
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
    public TurnResult FailSafe(Activity activity, DateTimeOffset? timestamp = null) => FailSafe(activity, timestamp, language: null);

    /// <param name="language">The conversation's language, when its state is still known; else the activity's locale counts.</param>
    private TurnResult FailSafe(Activity activity, DateTimeOffset? timestamp, string? language)
    {
        var turn = NewTurn(DialogState.Empty with { Language = language }, activity);
        _runner.ShowSignpost(turn, _content.Global.FailSafe);
        return new TurnResult(null, Render(turn, activity, timestamp), DialogTurnStatus.Cancelled);
    }

    /// <summary>A conversation keeps the language it started in; until one is known, each activity's locale is tried.</summary>
    private TurnContext NewTurn(DialogState state, Activity activity, ITurnObserver? observer = null)
    {
        var language = state.Language ?? LanguageTag.Normalize(activity.Locale);
        return new TurnContext(state, activity.Locale, language, _localizer.For(language), activity.ChannelId, observer);
    }

    private DialogTurnStatus OnMembersAdded(TurnContext turn, Activity activity)
    {
        // A client may send nulls in the list: they are nobody joining, not a fault.
        var added = activity.MembersAdded ?? [];
        var botJoined = added.Any(m => m is not null && m.Id == activity.Recipient?.Id);
        var someoneElseJoined = added.Any(m => m is not null && m.Id != activity.Recipient?.Id);

        // Teams tells the bot it was installed by listing the bot itself; elsewhere the person arriving counts.
        // In group chats and team channels, people joining later are not each greeted in front of everyone.
        var welcome = (botJoined && (activity.ChannelId == Channels.MsTeams || IncomingText.IsGroup(activity)))
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
            turn.Slots = _prompts.Prefill(prefillText, turn.Slots, turn.Texts);
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
        if (channel is not null && turn.Texts.ChannelNote(activity.ChannelId!) is { } note)
        {
            var at = turn.Replies.Count > 0 && turn.Replies[^1] is PromptReply ? turn.Replies.Count - 1 : turn.Replies.Count;
            turn.Replies.Insert(at, new TextReply(note));
        }

        return status;
    }

    private Activity[] Render(TurnContext turn, Activity activity, DateTimeOffset? timestamp)
    {
        AddLanguageButton(turn);
        var renderer = _renderers.For(activity.ChannelId);
        var replies = new Activity[turn.Replies.Count];
        for (var i = 0; i < replies.Length; i++)
        {
            replies[i] = renderer.Render(turn.Replies[i], activity, timestamp);
        }

        return replies;
    }

    /// <summary>The welcome's question (the start dialog's first) carries the Language button, while more than one language is offered.</summary>
    private void AddLanguageButton(TurnContext turn)
    {
        if (_languageMenuWords.Count == 0 || turn.Texts.Global.LanguageButton is not { } title || turn.Replies.Count == 0
            || turn.Replies[^1] is not PromptReply asked || _runner.WaitingPrompt(turn) is not { } waiting || !ReferenceEquals(waiting, _openingPrompt)
            || turn.Texts.Prompt(waiting) is var texts && asked.Text != texts.Prompt && asked.Text != texts.Retry)
        {
            return;
        }

        // Made once per list of buttons (the content's own), so the renderer finds the welcome's suggested actions
        // already built rather than building them on every welcome.
        if (!_withLanguageButton.TryGetValue(asked.Buttons, out var buttons) || !string.Equals(buttons.Title, title, StringComparison.Ordinal))
        {
            buttons = new LanguageButtonAdded(title, [.. asked.Buttons, new ChoiceButton(title, title)]);
            _withLanguageButton.AddOrUpdate(asked.Buttons, buttons);
        }

        turn.Replies[^1] = asked with { Buttons = buttons.Buttons };
    }

    /// <summary>
    /// A message as this turn reads it (cut to <see cref="MaxTextLength"/>), normalized and split once. Whether it is one
    /// of the waiting prompt's buttons is found once too: the prompt waiting does not change before the message is read.
    /// </summary>
    private sealed class IncomingMessage(string text, string normalized, string[] tokens)
    {
        private bool? _isButton;

        public string Text => text;

        public string[] Tokens => tokens;

        public bool IsButton(FirstMessageResponder firstMessage, TurnContext turn) => _isButton ??= firstMessage.IsButton(turn, normalized);
    }

    /// <summary>A prompt's buttons with the Language button (titled <paramref name="Title"/>) last.</summary>
    private sealed record LanguageButtonAdded(string Title, IReadOnlyList<ChoiceButton> Buttons);

    private DialogTurnStatus OnMessage(TurnContext turn, Activity activity, LanguageDecision? language)
    {
        if (!IncomingText.IsForBot(activity))
        {
            // A team channel or group chat message that does not @mention the bot is not for it.
            return DialogTurnStatus.Empty;
        }

        var raw = IncomingText.Read(activity);
        if (language is { Switched: true })
        {
            // Said in the new language, with the old language's own name as a one-tap way back (typing a name switches).
            var back = _languages.Find(language.Previous) ?? _languages.Find(LanguageTag.English);
            var switched = _languages.Find(language.Language)?.Switched;
            if (switched is not null)
            {
                turn.Say(back is null ? new TextReply(switched) : new PromptReply(switched, [new ChoiceButton(back.OwnName, back.OwnName)]));
            }
        }

        if (language?.Source == LanguageSource.Named)
        {
            // The message was only a language's name: nothing to answer, so the question waiting is asked again in it.
            return turn.Stack.Count == 0 ? Begin(turn, activity) : _runner.Resume(turn);
        }

        if (raw is not null && _languageMenuWords.Contains(TextNormalizer.Normalize(raw).Trim()))
        {
            // The languages by their own names; tapping one switches (a language's name, at any step). The question stays.
            turn.Say(new PromptReply(turn.Texts.Global.LanguageMenu ?? string.Empty, [.. _languages.Offered.Select(l => new ChoiceButton(l.OwnName, l.OwnName))]));
            return turn.Stack.Count == 0 ? DialogTurnStatus.Complete : DialogTurnStatus.Waiting;
        }

        if (raw is null)
        {
            turn.Say(new TextReply(turn.Texts.Global.NotText));
            return turn.Stack.Count == 0 ? Begin(turn, activity) : _runner.Resume(turn);
        }

        // Where the person said they are still holds for an interruption after a finished run ("stop" shows that
        // country's numbers, not another's), although the new run itself starts from a clean slate.
        var lastCountry = turn.Slots.Country;
        if (turn.Stack.Count == 0)
        {
            // A new run of the flow starts from a clean slate; only the welcome flag and risk already seen carry over.
            turn.Slots = Slots.Empty;
        }

        var text = raw.Length > MaxTextLength ? raw[..MaxTextLength] : raw;
        var normalized = TextNormalizer.Normalize(text);
        var tokens = TextNormalizer.Tokenize(normalized);
        // The message is normalized and split once, here, for every reading of it in this turn.
        var message = new IncomingMessage(text, normalized, tokens);
        var opening = _firstMessage.AtOpeningQuestion(turn) && !message.IsButton(_firstMessage, turn);
        var read = _interpreter.Interpret(text, normalized, tokens, classify: opening || tokens.Length >= MessageInterpreter.SafetyWords);

        // Suicide and danger are the union of the content rules and the classifier; the rest are whole-message commands.
        var interruption = read.SelfHarm ? InterruptionKind.Suicide
            : read.Danger ? InterruptionKind.Danger
            : _interruptions.DetectCommand(normalized);
        if (raw.Length > MaxTextLength && interruption != InterruptionKind.Suicide && _interruptions.UrgentIn(raw) is var urgent and not InterruptionKind.None)
        {
            interruption = urgent;
        }

        if (interruption is InterruptionKind.Suicide or InterruptionKind.Danger or InterruptionKind.Stop && turn.Slots.Country is null)
        {
            turn.Slots = turn.Slots with { Country = lastCountry };
        }

        switch (interruption)
        {
            case InterruptionKind.Suicide:
                // Kind words, then the emergency number first and Samaritans; a waiting danger question has its answer.
                turn.Say(new TextReply(turn.Texts.Global.Suicide.For(turn.ChannelId)));
                if (_content.Global.Suicide.Signpost is { } support)
                {
                    _runner.ShowSignpost(turn, support);
                }

                turn.Slots = turn.Slots with { InDanger = true };
                turn.AtRisk = true;
                return turn.Stack.Count == 0 ? Begin(turn, activity, text) : _runner.Resume(turn);
            case InterruptionKind.Danger:
                // Emergency number first, then the help the message asks for, then carry on: a waiting danger question
                // now has its answer.
                turn.Say(new TextReply(DangerText(turn, read)));
                if (_signposts.EmergencyFor(turn) is { } emergency)
                {
                    turn.Say(new SignpostReply(null, [emergency], turn.Texts.Labels));
                    turn.MarkEmergencyShown();
                }

                turn.Slots = turn.Slots with { InDanger = true };
                turn.AtRisk = true;
                return HelpFirst(turn, activity, message, read) ?? (turn.Stack.Count == 0 ? Begin(turn, activity, text) : _runner.Resume(turn));
            case InterruptionKind.Stop:
                // The fail-safe still knows the country given in this conversation: its state is dropped only after this turn.
                turn.Say(new TextReply(turn.Texts.Global.Stop.For(turn.ChannelId)));
                _runner.ShowSignpost(turn, _content.Global.FailSafe);
                return DialogTurnStatus.Cancelled;
            case InterruptionKind.StartOver:
                turn.Say(new TextReply(turn.Texts.Global.StartOver.For(turn.ChannelId)));
                turn.Reset();
                return Begin(turn, activity);
            case InterruptionKind.Help:
                turn.Say(new TextReply(turn.Texts.Global.Help.For(turn.ChannelId)));
                return turn.Stack.Count == 0 ? Begin(turn, activity) : _runner.Resume(turn);
            default:
                if (_content.Global.OtherLanguage is { } other && (language?.Foreign == true || _languages.CannotRead(text)))
                {
                    // Not a language the bot can read: say so, show help with interpreters, and ask the question again.
                    turn.Say(new TextReply(turn.Texts.Global.OtherLanguage ?? other.Text));
                    if (other.Signpost is { } interpreters)
                    {
                        _runner.ShowSignpost(turn, interpreters);
                    }

                    return turn.Stack.Count == 0 ? Begin(turn, activity) : _runner.Resume(turn);
                }

                return HelpFirst(turn, activity, message, read) ?? (turn.Stack.Count == 0 ? Begin(turn, activity, text) : _runner.Continue(turn, text, read.NamedCountry, read.StatesChild));
        }
    }

    /// <summary>
    /// The danger text true for the reader: a channel's own wording first (Teams: staff); else, to someone telling of
    /// another person's danger (the worried public or a professional, as the flow or the message says), the wording
    /// about them.
    /// </summary>
    private static string DangerText(TurnContext turn, Interpretation read)
    {
        var danger = turn.Texts.Global.Danger;
        var channelOwn = turn.ChannelId is { } channel && danger.OnChannel.ContainsKey(channel);
        return !channelOwn && (turn.Slots.Role ?? read.Role) is Audience.Public or Audience.Professional && turn.Texts.Global.DangerSomeoneElse is { } someoneElse
            ? someoneElse
            : danger.For(turn.ChannelId);
    }

    /// <summary>
    /// At a flow's opening question, a message in the person's own words that fits a <c>firstMessage</c> reply gets
    /// that help at once, before the flow asks what is left; null when it does not apply (a button's answer, or a
    /// message that fits no reply), so the message is read as an answer as before.
    /// </summary>
    private DialogTurnStatus? HelpFirst(TurnContext turn, Activity activity, IncomingMessage message, Interpretation read)
    {
        if (!_firstMessage.AtOpeningQuestion(turn) || message.IsButton(_firstMessage, turn))
        {
            return null;
        }

        // What the classifier understood first; else, for a message that tells a story rather than a one-word answer,
        // who the help is for as the opening question's own words find it ("they took my passport" is for me).
        var reply = _firstMessage.Find(read, turn.Slots)
            ?? (message.Tokens.Length >= FirstMessageResponder.StoryWords
                ? _firstMessage.FindForRole(_prompts.Prefill(message.Text, Slots.Empty, turn.Texts).Role, read, turn.Slots)
                : null);
        if (reply is null)
        {
            return null;
        }

        if (turn.Stack.Count == 0)
        {
            // The welcome comes first; the opening question it ends with is answered by the message, so it is not asked.
            var status = Begin(turn, activity);
            if (status != DialogTurnStatus.Waiting || !_firstMessage.AtOpeningQuestion(turn))
            {
                return status;
            }

            if (turn.Replies.Count > 0 && turn.Replies[^1] is PromptReply)
            {
                turn.Replies.RemoveAt(turn.Replies.Count - 1);
            }
        }

        _firstMessage.Respond(turn, reply, read);
        return _runner.Resume(turn);
    }
}
