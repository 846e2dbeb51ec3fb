using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;

namespace SignpostBot.Content.Analysis;

/// <summary>A move from one step to another, with the answers that lead along it (none for "then").</summary>
public sealed record FlowEdge(string From, string To, IReadOnlyList<string> Answers);

/// <summary>
/// The flows as a picture's graph: every step a conversation can run (questions, signposts, what the bot says, the
/// fail-safe after answers not understood) and every move between them, from a first message that gives no answers
/// away. Built by exploring the bot's real turn function (<see cref="FlowExplorer"/>), so the picture shows what the
/// bot does, not just what the files list.
/// </summary>
public sealed record FlowGraph(IReadOnlyList<FlowNode> Nodes, IReadOnlyList<FlowEdge> Edges)
{
    public static FlowGraph Build(DialogSet content) => Build(new TriageBot(content, ChannelRenderers.Standard), content);

    public static FlowGraph Build(ITurnFunction bot, DialogSet content)
    {
        var explorer = new FlowExplorer(bot, content);
        explorer.ExploreOpening();
        var order = content.Dialogs.SelectMany(d => d.Steps.Select(s => FlowExplorer.NodeId(d.Id, s))).ToList();
        int Rank(FlowNode n) => n.Kind switch
        {
            FlowNodeKind.Start => -1,
            FlowNodeKind.End => int.MaxValue,
            FlowNodeKind.FailSafe => order.IndexOf(n.Id["failsafe:".Length..]) * 2 + 1,
            _ => order.IndexOf(n.Id) * 2,
        };
        var nodes = explorer.Nodes.OrderBy(Rank).ToList();
        var edges = explorer.Edges
            .Select(e => new FlowEdge(e.Key.From, e.Key.To, e.Value.ToList()))
            .OrderBy(e => nodes.FindIndex(n => n.Id == e.From)).ThenBy(e => nodes.FindIndex(n => n.Id == e.To))
            .ToList();
        return new FlowGraph(nodes, edges);
    }
}
