using SignpostBot.Testing;
using SignpostBot.Content.Analysis;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>The flow picture holds every step and every move, checked by structure, not pixels.</summary>
public sealed class FlowGraphTests
{
    private static readonly FlowGraph Graph = FlowGraph.Build(TestContent.Dialogs);

    [Fact]
    public void Build_RepositoryFlows_HasANodeForEveryStep()
    {
        var ids = Graph.Nodes.Select(n => n.Id).ToHashSet();

        Assert.All(TestContent.Dialogs.Dialogs.SelectMany(d => d.Steps.Select(s => FlowExplorer.NodeId(d.Id, s))), id => Assert.Contains(id, ids));
        Assert.Contains(FlowExplorer.StartNode, ids);
        Assert.Contains(FlowExplorer.EndNode, ids);
    }

    [Theory]
    [InlineData("main/who", "main/victim", "For me")]
    [InlineData("main/who", "main/professional", "I'm a professional")]
    [InlineData("victim/danger", "victim/emergency", "Yes")]
    [InlineData("victim/danger", "victim/country", "No")]
    [InlineData("professional/topic", "professional/county-lines", "County lines")]
    [InlineData("public/danger", "public/emergency-later", "No")]
    [InlineData("public/country", "public/do-not-confront", "United Kingdom")]
    public void Build_RepositoryFlows_AnswersLeadToTheirSteps(string from, string to, string answer)
    {
        var edge = Assert.Single(Graph.Edges, e => e.From == from && e.To == to);

        Assert.Contains(answer, edge.Answers);
    }

    [Fact]
    public void Build_EveryQuestion_HasAFailSafeAfterAnswersNotUnderstood()
    {
        foreach (var question in Graph.Nodes.Where(n => n.Kind == FlowNodeKind.Question))
        {
            Assert.Contains(Graph.Edges, e => e.From == question.Id && e.To == "failsafe:" + question.Id);
        }
    }

    [Fact]
    public void Build_StepNeverRun_IsNotDrawnAsReachable()
    {
        Assert.DoesNotContain(Graph.Edges, e => e.To == "main/welcome" && e.From != FlowExplorer.StartNode);
        Assert.Equal(FlowNodeKind.Say, Graph.Nodes.Single(n => n.Id == "main/welcome").Kind);
    }
}
