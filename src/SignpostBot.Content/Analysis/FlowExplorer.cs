using SignpostBot.Content.Loading;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.State;
using SignpostBot.Dialogs.Understanding;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>A step as the flow picture shows it.</summary>
public sealed record FlowNode(string Id, FlowNodeKind Kind, string Text, string? DialogId);

public enum FlowNodeKind
{
    Start,
    Say,
    Question,
    Begin,
    Signpost,
    FailSafe,
    End,
}

/// <summary>
/// Explores the real turn function (<see cref="ITurnFunction"/>): from each opening, it sends every answer a waiting
/// question offers (<see cref="FlowAnswers"/>), reads the phone numbers from the rendered replies and the step reached
/// from the returned state, and goes on from each new state. States already explored are not explored again
/// (<see cref="DialogStateComparer"/>), which also finds a flow that goes round without end. What it records serves
/// <see cref="FlowProver"/> and <see cref="FlowGraph"/>: per branch the turns to a phone number, the paths that end
/// without one, the steps that ran, the moves between them, and what the interruptions did at every question.
/// </summary>
/// <remarks>
/// A turn is one message. The opening (the chat opening, or a first message) is turn 0. An answer the bot does not
/// understand is sent again until the bot gives up (the fail-safe signpost) and counts one turn per message; answers
/// understood only at the second try lead where the first try leads, so they are not explored again.
/// </remarks>
public sealed class FlowExplorer
{
    public const string StartNode = "start";
    public const string EndNode = "end";

    /// <summary>Far above what real flows reach; a guard against content whose states multiply without end.</summary>
    public const int MaxStates = 20_000;

    /// <summary>The channel the explorer talks on: any channel without its own rendering (Web Chat's hero cards and tel: buttons).</summary>
    public const string Channel = "directline";

    private const int MaxMisses = 10;

    /// <summary>The country whose own advice (999, "press 55", its 0800 numbers) must never reach anyone elsewhere unlabelled.</summary>
    private const string UkCode = "GB";

    private static readonly ChannelAccount User = new() { Id = "prove-user", Role = "user" };
    private static readonly ChannelAccount Bot = new() { Id = "prove-bot", Role = "bot" };
    private static readonly ConversationAccount Conversation = new() { Id = "prove" };

    private readonly ITurnFunction _bot;
    private readonly DialogSet _content;
    private readonly FlowAnswers _answers;
    private readonly SlotName? _branchSlot;
    private readonly Dictionary<DialogState, FlowSummary> _summaries = new(DialogStateComparer.Instance);
    private readonly HashSet<DialogState> _onPath = new(DialogStateComparer.Instance);
    private readonly Dictionary<DialogState, string> _labelPrefix = new(DialogStateComparer.Instance);
    private readonly Dictionary<string, FlowNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), List<string>> _edges = [];
    private readonly HashSet<WaterfallStep> _executed = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(PromptStep Prompt, string Value)> _given = [];
    private readonly HashSet<(PromptStep Prompt, string Value)> _handled = [];
    private readonly FlowSummary _all = new();
    private readonly ContentErrors _problems = new();
    private readonly string _locale;

    /// <summary>The locale the explorer's person writes in unless told otherwise.</summary>
    public const string DefaultLocale = "en-GB";
    private readonly UnlabelledCountryAdvice? _ukAdvice;
    private readonly HashSet<(SourceLocation At, string Marker)> _unlabelledFound = [];
    private readonly SafetyRules _safety;
    private bool _probeEveryDangerPhrase = true;

    /// <param name="locale">The locale every activity carries: the conversation's language, whose buttons are tapped.</param>
    public FlowExplorer(ITurnFunction bot, DialogSet content, string locale = DefaultLocale)
    {
        _locale = locale;
        _bot = bot;
        _content = content;
        _safety = new SafetyRules(content.Understanding);
        _answers = new FlowAnswers(content);
        _branchSlot = content.Start.Steps.OfType<ChoicePromptStep>().FirstOrDefault()?.Options.Slot;
        _ukAdvice = content.Knowledge.FindCountry(UkCode) is null ? null : UnlabelledCountryAdvice.For(content, UkCode);
        _nodes[StartNode] = new FlowNode(StartNode, FlowNodeKind.Start, "The person opens the chat or says hello", null);
        _nodes[EndNode] = new FlowNode(EndNode, FlowNodeKind.End, "End of the conversation", null);
    }

    public IReadOnlyCollection<FlowNode> Nodes => _nodes.Values;

    /// <summary>Moves between steps, with the answers that lead along each (none for a plain next step).</summary>
    public IReadOnlyDictionary<(string From, string To), List<string>> Edges => _edges;

    /// <summary>Per branch (the answer to the start dialog's first choice when the number was shown; "all" before it is known).</summary>
    public IReadOnlyDictionary<string, BranchTurns> Branches => _all.Branches;

    /// <summary>Paths that end without a phone number, one per last step.</summary>
    public IReadOnlyDictionary<SourceLocation, FlowWitness> DeadEnds => _all.DeadEnds;

    /// <summary>Per step that first showed a number, the path that took the most turns to reach it.</summary>
    public IReadOnlyDictionary<SourceLocation, FlowWitness> Slowest => _all.Slowest;

    /// <summary>Complete paths: to the first phone number, or to an end without one.</summary>
    public long PathCount => _all.Paths;

    public int StatesExplored => _summaries.Count;

    public IReadOnlyList<ContentError> Problems => _problems.All;

    public bool WasExecuted(WaterfallStep step) => _executed.Contains(step);

    /// <summary>Answers given to a question that no step run after them acted on (see <see cref="FlowProver"/>).</summary>
    public IEnumerable<(PromptStep Prompt, string Value)> Unhandled => _given.Where(g => !_handled.Contains(g));

    public static string NodeId(string dialogId, WaterfallStep step) => $"{dialogId}/{step.Id}";

    /// <summary>Explores from the chat opening (the welcome and the first question, before the person types).</summary>
    public void ExploreOpening()
        => Explore(Activity(ActivityTypes.ConversationUpdate) with { MembersAdded = [Bot, User] }, string.Empty);

    /// <summary>Explores from a first message (which may already answer questions marked <c>prefill: yes</c>).</summary>
    public void ExploreFirstMessage(string text, string label) => Explore(Message(text), label);

    private void Explore(Activity opening, string label)
    {
        var trace = new TurnTrace();
        TurnResult result;
        try
        {
            result = _bot.OnTurn(null, opening, null, trace);
        }
        catch (Exception ex)
        {
            Problem(_content.Start.Location, $"The bot failed on the first message{(label.Length > 0 ? $" ({label})" : string.Empty)}: {ex.Message}");
            return;
        }

        var last = Record(StartNode, label.Length > 0 ? label : null, trace, result);
        CheckCountryLabels(result.Replies, result.State?.Slots.Country, last, label.Length > 0 ? $"the first message '{label}'" : "the opening", trace);
        var move = new Move(label, 0, result, trace, NumberAt(result.Replies, trace, _content.Start.Location) is { } n ? (0, n) : null, last);
        _all.Add(Outcome(null, move), string.Empty, 0);
    }

    /// <summary>What the paths through one move hold, counted from before it: a number shown in it, an end, or the paths from the state it left.</summary>
    private FlowSummary Outcome(DialogState? from, Move move)
    {
        var waiting = move.Result is { Status: DialogTurnStatus.Waiting, State: { Stack.Length: > 0 } next } ? next : null;
        var firstAsked = move.Trace.Ran.Count > 0 && move.Trace.Ran[^1].Step is PromptStep;
        FlowSummary? after = null;
        if (waiting is not null)
        {
            if (move.Trace.Ran.Count == 0 && from is not null && !move.Trace.HasGivenUp)
            {
                // Nothing ran: the same question now waits for a second message ("Another country", then the name).
                _labelPrefix.TryAdd(waiting, Prefix(from) + move.Label + " + ");
            }

            after = Explore(waiting, move.Result.Replies, firstAsked);
        }

        var summary = new FlowSummary();
        if (move.Number is { } number)
        {
            summary.AddNumber(BranchOf(move.Result.State), number.Turn, number.Step);
        }
        else if (after is null)
        {
            summary.AddDeadEnd(move.LastStep);
        }
        else
        {
            summary.Add(after, string.Empty, move.Turns);
        }

        return summary;
    }

    private FlowSummary Explore(DialogState state, IReadOnlyList<Activity> asked, bool firstAsked)
    {
        if (_summaries.TryGetValue(state, out var known))
        {
            return known;
        }

        var frame = state.Stack[0];
        var prompt = _content.Find(frame.DialogId)?.Steps.FirstOrDefault(s => s.Id == frame.StepId) as PromptStep;
        if (prompt is null)
        {
            Problem(_content.Start.Location, $"The bot waits at '{frame.DialogId}/{frame.StepId}', which is not a question of the content.");
            return new FlowSummary();
        }

        if (!_onPath.Add(state))
        {
            var loop = new FlowSummary();
            loop.AddLoop(prompt.Location);
            return loop;
        }

        if (_summaries.Count >= MaxStates)
        {
            _onPath.Remove(state);
            Problem(_content.Start.Location, $"The flows reach more than {MaxStates} different points; split them into smaller dialogs.");
            return new FlowSummary();
        }

        ProbeInterruptions(state, prompt);
        var node = NodeId(frame.DialogId, prompt);
        var summary = new FlowSummary();
        foreach (var answer in _answers.For(prompt, asked, firstAsked))
        {
            if (Play(state, prompt, answer) is not { } move)
            {
                continue;
            }

            var label = Prefix(state) + move.Label;
            if (!answer.NotUnderstood && move.Trace.Ran.Count > 0 && move.Result.State?.Slots.Get(prompt.Options.Slot) is { } value)
            {
                Given(prompt, value, move.Trace);
            }

            var last = move.Trace.Ran.Count > 0 || move.Trace.HasGivenUp || move.Result.Status != DialogTurnStatus.Waiting
                ? Record(node, label, move.Trace, move.Result, prompt)
                : prompt.Location;
            // A problem names what the person typed or tapped (the country's name, not "a listed country").
            summary.Add(Outcome(state, move with { LastStep = last }), $"{prompt.Id}: {(answer.NotUnderstood ? move.Label : answer.Text)}", 0);
        }

        _onPath.Remove(state);
        _summaries[state] = summary;
        return summary;
    }

    /// <summary>Sends one answer (again and again while it is not understood and the bot only asks again).</summary>
    private Move? Play(DialogState state, PromptStep prompt, FlowAnswer answer)
    {
        var current = state;
        for (var turns = 1; ; turns++)
        {
            var trace = new TurnTrace();
            TurnResult result;
            try
            {
                result = _bot.OnTurn(current, Message(answer.Text), null, trace);
            }
            catch (Exception ex)
            {
                Problem(prompt.Location, $"The bot failed on the answer '{answer.Label}' to step '{prompt.Id}': {ex.Message}");
                return null;
            }

            CheckCountryLabels(result.Replies, result.State?.Slots.Country ?? current.Slots.Country, prompt.Location, $"the answer '{answer.Text}' to step '{prompt.Id}'", trace);
            var number = NumberAt(result.Replies, trace, prompt.Location);
            var askedAgain = answer.NotUnderstood && number is null && trace.Ran.Count == 0 && !trace.HasGivenUp
                && result is { Status: DialogTurnStatus.Waiting, State.Stack: [var frame, ..] } && frame.StepId == state.Stack[0].StepId && frame.DialogId == state.Stack[0].DialogId;
            if (!askedAgain)
            {
                var label = answer.NotUnderstood ? $"{answer.Label} {turns}×" : answer.Label;
                return new Move(label, turns, result, trace, number is { } at ? (turns, at) : null, prompt.Location);
            }

            if (turns >= MaxMisses)
            {
                Problem(prompt.Location, $"Step '{prompt.Id}' asks again after {MaxMisses} answers it does not understand: after 'maxAttempts' it should show the fail-safe signpost.");
                return null;
            }

            current = result.State!;
        }
    }

    /// <summary>
    /// Danger words, "help", "stop" and "start again" at this question: the emergency number in the same turn; the
    /// question asked again with nothing forgotten; a phone number and the conversation forgotten; the first
    /// question again. Checked once per point of the flow, with a danger phrase of every language at the first question.
    /// </summary>
    private void ProbeInterruptions(DialogState state, PromptStep prompt)
    {
        var global = _content.Global;
        var phrases = _probeEveryDangerPhrase ? _safety.DangerSamples : _safety.DangerSamples.Take(1);
        _probeEveryDangerPhrase = false;
        foreach (var phrase in phrases)
        {
            if (Probe(state, phrase) is not { } danger)
            {
                continue;
            }

            if (RenderedReplies.CallLinks(danger.Replies).Count == 0)
            {
                Problem(prompt.Location, $"The danger words '{phrase}' at step '{prompt.Id}' did not show the emergency number in the same reply.");
            }

            CheckCountryLabels(danger.Replies, state.Slots.Country, prompt.Location, $"the danger words '{phrase}' at step '{prompt.Id}'");
        }

        if (_safety.SelfHarmPhrases is [var suicidal, ..] && Probe(state, suicidal) is { } support)
        {
            if (RenderedReplies.CallLinks(support.Replies).Count == 0)
            {
                Problem(prompt.Location, $"'{suicidal}' at step '{prompt.Id}' did not show the emergency number and a line to talk to in the same reply.");
            }

            CheckCountryLabels(support.Replies, state.Slots.Country, prompt.Location, $"'{suicidal}' at step '{prompt.Id}'");
        }

        if (global.Help.Phrases is [var help, ..] && Probe(state, help) is { } helped
            && (helped.Status != DialogTurnStatus.Waiting || !DialogStateComparer.Instance.Equals(helped.State, state)))
        {
            Problem(prompt.Location, $"'{help}' at step '{prompt.Id}' did not ask the same question again with the answers kept.");
        }

        if (global.Stop.Phrases is [var stop, ..] && Probe(state, stop) is { } stopped)
        {
            if (stopped.State is not null || RenderedReplies.CallLinks(stopped.Replies).Count == 0)
            {
                Problem(prompt.Location, $"'{stop}' at step '{prompt.Id}' did not show a phone number and forget the conversation.");
            }

            CheckCountryLabels(stopped.Replies, state.Slots.Country, prompt.Location, $"'{stop}' at step '{prompt.Id}'");
        }

        if (global.StartOver.Phrases is [var again, ..] && Probe(state, again) is { } restarted && restarted.Status != DialogTurnStatus.Waiting)
        {
            Problem(prompt.Location, $"'{again}' at step '{prompt.Id}' did not ask the first question again.");
        }
    }

    private TurnResult? Probe(DialogState state, string text)
    {
        try
        {
            return _bot.OnTurn(state, Message(text));
        }
        catch (Exception ex)
        {
            var frame = state.Stack[0];
            Problem(_content.Start.Location, $"The bot failed on '{text}' at '{frame.DialogId}/{frame.StepId}': {ex.Message}");
            return null;
        }
    }

    /// <summary>Where a turn first showed a phone number: the step that made that reply, or the question answered.</summary>
    private static SourceLocation? NumberAt(IReadOnlyList<Activity> replies, TurnTrace trace, SourceLocation answered)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            if (RenderedReplies.ShowsPhoneNumber(replies[i]))
            {
                return trace.MadeReply(i) ?? answered;
            }
        }

        return null;
    }

    /// <summary>Adds the steps a turn ran to the picture, and returns the last one.</summary>
    private SourceLocation Record(string from, string? label, TurnTrace trace, TurnResult result, PromptStep? answered = null)
    {
        var previous = from;
        var pending = label;
        var last = answered?.Location ?? _content.Start.Location;
        foreach (var (dialogId, step, gaveUp) in trace.Events)
        {
            if (gaveUp)
            {
                var failSafe = "failsafe:" + previous;
                _nodes.TryAdd(failSafe, new FlowNode(failSafe, FlowNodeKind.FailSafe, _content.Global.FailSafe.Text ?? "Fail-safe signpost", dialogId));
                AddEdge(previous, failSafe, pending);
                previous = failSafe;
                pending = answered is not null && result.State?.Slots.Get(answered.Options.Slot) is { } fallback ? $"then as '{fallback}'" : null;
                continue;
            }

            _executed.Add(step);
            last = step.Location;
            var id = NodeId(dialogId, step);
            _nodes.TryAdd(id, Describe(id, dialogId, step));
            AddEdge(previous, id, pending);
            previous = id;
            pending = null;
        }

        if (result.Status != DialogTurnStatus.Waiting)
        {
            AddEdge(previous, EndNode, pending);
        }

        return last;
    }

    /// <summary>An answer counts as acted on when a step that ran after it tests for it, or applies to every answer.</summary>
    private void Given(PromptStep prompt, string value, TurnTrace trace)
    {
        _given.Add((prompt, value));
        foreach (var (_, step, gaveUp) in trace.Events)
        {
            var tests = gaveUp ? null : step.When.FirstOrDefault(c => c.Slot == prompt.Options.Slot);
            if (!gaveUp && (tests is not null ? tests.Values.Contains(value, StringComparer.Ordinal) != tests.Negated : step is not SayStep))
            {
                _handled.Add((prompt, value));
                return;
            }
        }
    }

    private string BranchOf(DialogState? state) => _branchSlot is { } slot && state?.Slots.Get(slot) is { } value ? value : "all";

    private string Prefix(DialogState state) => _labelPrefix.GetValueOrDefault(state, string.Empty);

    /// <summary>
    /// Where the person is not (or may not be) in the UK, no reply may give UK-only advice without saying it is the
    /// UK's (<see cref="UnlabelledCountryAdvice"/>); one problem per step that said it and piece of advice.
    /// </summary>
    /// <param name="at">Where to report it when the turn's trace does not say which step made the reply.</param>
    private void CheckCountryLabels(IReadOnlyList<Activity> replies, string? country, SourceLocation at, string after, TurnTrace? trace = null)
    {
        foreach (var found in _ukAdvice?.Find(replies, country) ?? [])
        {
            var step = trace?.MadeReply(found.ReplyIndex) ?? at;
            if (_unlabelledFound.Add((step, found.Marker)))
            {
                Problem(step, $"After {after}, someone who is {(country is null or Slots.UnknownCountry ? "not known to be" : "not")} in the United Kingdom "
                    + $"is shown '{found.Marker}' without it saying it is the UK's: \"{found.Paragraph}\". Head it with its country, or show it only on the UK's own list.");
            }
        }
    }

    private void Problem(SourceLocation at, string message) => _problems.Add(new ContentError(at.File, at.Line, 1, message));

    private void AddEdge(string from, string to, string? label)
    {
        if (!_edges.TryGetValue((from, to), out var labels))
        {
            labels = [];
            _edges[(from, to)] = labels;
        }

        if (label is not null && !labels.Contains(label))
        {
            labels.Add(label);
        }
    }

    private Activity Message(string text) => Activity(ActivityTypes.Message) with { Text = text };

    private Activity Activity(string type) => new()
    {
        Type = type,
        ChannelId = Channel,
        Conversation = Conversation,
        From = User,
        Recipient = Bot,
        Locale = _locale,
    };

    private static FlowNode Describe(string id, string dialogId, WaterfallStep step) => step switch
    {
        SayStep say => new FlowNode(id, FlowNodeKind.Say, say.Text, dialogId),
        PromptStep prompt => new FlowNode(id, FlowNodeKind.Question, prompt.Options.Prompt, dialogId),
        BeginStep begin => new FlowNode(id, FlowNodeKind.Begin, $"Go to '{begin.DialogId}'", dialogId),
        SignpostStep signpost => new FlowNode(id, FlowNodeKind.Signpost, SignpostSummary(signpost.Signpost), dialogId),
        _ => new FlowNode(id, FlowNodeKind.Say, step.Id, dialogId),
    };

    private static string SignpostSummary(Signpost signpost)
    {
        var parts = new List<string>();
        if (signpost.Emergency)
        {
            parts.Add("emergency number");
        }

        if (signpost.CountryHotlines)
        {
            parts.Add("hotlines of the person's country");
        }

        parts.AddRange(signpost.Hotlines);
        parts.AddRange(signpost.GuidanceTopics.Select(t => "guidance: " + t));
        return (signpost.Text is { } text ? text + " " : string.Empty) + "[" + string.Join(", ", parts) + "]";
    }

    /// <summary>One answer played: how many messages it took, what came back, and where a number first showed.</summary>
    private sealed record Move(string Label, int Turns, TurnResult Result, TurnTrace Trace, (int Turn, SourceLocation Step)? Number, SourceLocation LastStep);
}
