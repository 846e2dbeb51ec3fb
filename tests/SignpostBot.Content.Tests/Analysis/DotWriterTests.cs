using SignpostBot.Testing;
using SignpostBot.Content.Analysis;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>The Graphviz DOT source: every step and move of the flow graph.</summary>
public sealed class DotWriterTests
{
    private static readonly FlowGraph Graph = FlowGraph.Build(TestContent.Dialogs);

    [Fact]
    public void Dot_RepositoryFlows_HasEveryNodeAndEdge()
    {
        var dot = DotWriter.Write(Graph);

        Assert.Equal(Graph.Edges.Count, dot.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
        Assert.Equal(Graph.Nodes.Count, dot.Split('\n').Count(l => l.Contains("[label=", StringComparison.Ordinal) && !l.Contains(" -> ", StringComparison.Ordinal)));
        Assert.Contains("fillcolor=\"#d4edda\"", dot, StringComparison.Ordinal);
    }
}
