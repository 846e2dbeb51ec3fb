using SignpostBot.Dialogs.Content;
using SignpostBot.Knowledge.Model;
using System.Collections.Immutable;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Analysis;

/// <summary>One complete way through the flows: the answers given, and when a phone number was first shown.</summary>
/// <param name="Branch">The answer to the start dialog's first choice (e.g. the role), or null when it was never asked.</param>
/// <param name="TurnsToNumber">Messages the person sent before a reply showed a phone number; null if none ever did.</param>
/// <param name="NumberStep">The step (or fail-safe) that first showed a number.</param>
public sealed record FlowPath(string? Branch, int? TurnsToNumber, int Turns, IReadOnlyList<string> Answers, SourceLocation? NumberStep, SourceLocation LastStep);

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
/// Walks every path through the flows the way <c>WaterfallRunner</c> runs them (steps in order, <c>when</c> skips,
/// a question whose answer is known is skipped, <c>begin</c> runs a dialog then carries on, two misses show the
/// fail-safe then keep the fallback), trying every finite answer at every question. Records what ran, the paths and
/// the moves between steps, for <see cref="FlowProver"/> and <see cref="FlowGraph"/>.
/// </summary>
public sealed class FlowExplorer
{
    public const string StartNode = "start";
    public const string EndNode = "end";

    /// <summary>Far above what a real flow needs; a guard against content that multiplies paths without end.</summary>
    public const int MaxPaths = 50_000;

    private const int MaxStepsPerPath = 1_000;

    private readonly DialogSet _content;
    private readonly SlotName? _branchSlot;
    private readonly Dictionary<string, FlowNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), List<string>> _edges = [];
    private readonly HashSet<WaterfallStep> _executed = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(PromptStep Prompt, string Value)> _handled = [];
    private readonly HashSet<(PromptStep Prompt, string Value)> _given = [];
    private readonly List<FlowPath> _paths = [];
    private readonly ContentErrors _problems = new();
    private SourceLocation? _lastStep;

    public FlowExplorer(DialogSet content)
    {
        _content = content;
        _branchSlot = content.Find(content.Global.StartDialog)?.Steps.OfType<ChoicePromptStep>().FirstOrDefault()?.Options.Slot;
        _nodes[StartNode] = new FlowNode(StartNode, FlowNodeKind.Start, "The person opens the chat or says hello", null);
        _nodes[EndNode] = new FlowNode(EndNode, FlowNodeKind.End, "End of the conversation", null);
    }

    public IReadOnlyList<FlowPath> Paths => _paths;

    public IReadOnlyCollection<FlowNode> Nodes => _nodes.Values;

    /// <summary>Moves between steps, with the answers that lead along each (none for a plain next step).</summary>
    public IReadOnlyDictionary<(string From, string To), List<string>> Edges => _edges;

    public bool WasExecuted(WaterfallStep step) => _executed.Contains(step);

    /// <summary>Answers given to a question that no later step acted on (see <see cref="FlowProver"/>).</summary>
    public IEnumerable<(PromptStep Prompt, string Value)> Unhandled => _given.Where(g => !_handled.Contains(g));

    public IReadOnlyList<ContentError> Problems => _problems.All;

    public static string NodeId(string dialogId, WaterfallStep step) => $"{dialogId}/{step.Id}";

    /// <summary>Explores every path from a first message that already gave the answers in <paramref name="opening"/>.</summary>
    public void Explore(Slots opening, string openingLabel)
    {
        var state = new PathState([new Frame(_content.Global.StartDialog, 0)], opening, 0, null, null, StartNode, openingLabel.Length > 0 ? openingLabel : null, [], []);
        Run(state);
    }

    private sealed record Frame(string DialogId, int Index);

    private sealed record PathState(
        ImmutableList<Frame> Stack,
        Slots Slots,
        int Turn,
        int? NumberTurn,
        SourceLocation? NumberStep,
        string Previous,
        string? PendingLabel,
        ImmutableList<string> Answers,
        ImmutableList<(PromptStep Prompt, string Value)> Given);

    private void Run(PathState state)
    {
        for (var guard = 0; guard < MaxStepsPerPath; guard++)
        {
            if (_paths.Count >= MaxPaths)
            {
                return;
            }

            if (state.Stack.IsEmpty)
            {
                AddEdge(state.Previous, EndNode, state.PendingLabel);
                var start = _content.Find(_content.Global.StartDialog)!;
                _paths.Add(new FlowPath(
                    _branchSlot is { } slot ? state.Slots.Get(slot) : null, state.NumberTurn, state.Turn, state.Answers, state.NumberStep,
                    _lastStep ?? start.Location));
                if (_paths.Count == MaxPaths)
                {
                    _problems.Add(new ContentError(start.Location.File, start.Location.Line, 1, $"The flows have more than {MaxPaths} paths; split them into smaller dialogs."));
                }

                return;
            }

            var frame = state.Stack[0];
            var dialog = _content.Find(frame.DialogId)!;
            if (frame.Index >= dialog.Steps.Count)
            {
                var rest = state.Stack.RemoveAt(0);
                state = state with { Stack = rest.IsEmpty ? rest : rest.SetItem(0, rest[0] with { Index = rest[0].Index + 1 }) };
                continue;
            }

            var step = dialog.Steps[frame.Index];
            if (!step.ShouldRun(state.Slots) || (step is PromptStep filled && state.Slots.Get(filled.Options.Slot) is not null))
            {
                state = Advance(state);
                continue;
            }

            state = Visit(state, dialog, step);
            switch (step)
            {
                case SignpostStep signpost:
                    state = Advance(Shown(state, signpost.Signpost, step.Location));
                    break;
                case BeginStep begin when state.Stack.Any(f => f.DialogId == begin.DialogId):
                    _problems.Add(new ContentError(step.Location.File, step.Location.Line, 1, $"Step '{step.Id}' begins '{begin.DialogId}', which is already running: a person would go round forever."));
                    return;
                case BeginStep begin:
                    state = state with { Stack = state.Stack.Insert(0, new Frame(begin.DialogId, 0)) };
                    break;
                case PromptStep prompt:
                    Ask(state, prompt, dialog.Id, NodeId(dialog.Id, step));
                    return;
                default:
                    state = Advance(state);
                    break;
            }
        }

        _problems.Add(new ContentError(_content.Start.Location.File, _content.Start.Location.Line, 1, "A path runs more than a thousand steps without waiting for an answer: look for a loop."));
    }

    private void Ask(PathState state, PromptStep prompt, string dialogId, string node)
    {
        foreach (var answer in FlowAnswers.For(prompt, _content))
        {
            var next = state with
            {
                Turn = state.Turn + answer.Turns,
                Answers = state.Answers.Add($"{prompt.Id}: {answer.Label}"),
                PendingLabel = answer.Label,
            };
            if (answer.NotUnderstood)
            {
                var failSafe = "failsafe:" + node;
                _nodes.TryAdd(failSafe, new FlowNode(failSafe, FlowNodeKind.FailSafe, _content.Global.FailSafe.Text ?? "Fail-safe signpost", dialogId));
                AddEdge(node, failSafe, answer.Label);
                next = Shown(next with { Previous = failSafe, PendingLabel = $"then as '{answer.Value}'" }, _content.Global.FailSafe, prompt.Location);
            }
            else
            {
                _given.Add((prompt, answer.Value));
                next = next with { Given = next.Given.Add((prompt, answer.Value)) };
            }

            _lastStep = prompt.Location;
            Run(Advance(next with { Slots = next.Slots.With(prompt.Options.Slot, answer.Value) }));
        }
    }

    private PathState Visit(PathState state, DialogDefinition dialog, WaterfallStep step)
    {
        _executed.Add(step);
        _lastStep = step.Location;
        var id = NodeId(dialog.Id, step);
        _nodes.TryAdd(id, Describe(id, dialog.Id, step));
        AddEdge(state.Previous, id, state.PendingLabel);
        foreach (var given in state.Given)
        {
            var tests = step.When.FirstOrDefault(c => c.Slot == given.Prompt.Options.Slot);
            if (tests is not null ? tests.Values.Contains(given.Value, StringComparer.Ordinal) : step is not SayStep)
            {
                _handled.Add(given);
            }
        }

        return state with { Previous = id, PendingLabel = null };
    }

    private PathState Shown(PathState state, Signpost signpost, SourceLocation at)
    {
        if (state.NumberTurn is not null)
        {
            return state;
        }

        if (FlowAnswers.ShowsNumber(signpost, state.Slots, _content, out var failing))
        {
            return state with { NumberTurn = state.Turn, NumberStep = at };
        }

        if (failing.Count > 0)
        {
            _problems.Add(new ContentError(at.File, at.Line, 1, $"This signpost shows no phone number for {string.Join(", ", failing)}: give those countries an emergency number or a hotline for victims, or add 'emergency: yes'."));
        }

        return state;
    }

    private static PathState Advance(PathState state)
        => state with { Stack = state.Stack.SetItem(0, state.Stack[0] with { Index = state.Stack[0].Index + 1 }) };

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
}
