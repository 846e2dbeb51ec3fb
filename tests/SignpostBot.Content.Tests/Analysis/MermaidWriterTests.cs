using SignpostBot.Testing;
using SignpostBot.Content.Analysis;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>The Mermaid page: every step and move of the flow graph, signposts highlighted.</summary>
public sealed class MermaidWriterTests
{
    private static readonly FlowGraph Graph = FlowGraph.Build(TestContent.Dialogs);

    [Fact]
    public void Mermaid_RepositoryFlows_HasEveryStepEdgeAndHighlightedSignpost()
    {
        var markdown = MermaidWriter.Write(Graph, "Flows");

        Assert.Contains("```mermaid\nflowchart TD", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(Graph.Edges.Count, markdown.Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal)));
        Assert.All(TestContent.Dialogs.Prompts, p => Assert.Contains(p.Id + ": " + p.Options.Prompt[..20], markdown, StringComparison.Ordinal));
        Assert.Contains("|\"For me\"|", markdown, StringComparison.Ordinal);
        var signposts = Graph.Nodes.Count(n => n.Kind == FlowNodeKind.Signpost);
        var classLine = markdown.Split('\n').Single(l => l.TrimStart().StartsWith("class ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" signpost", StringComparison.Ordinal));
        Assert.Equal(signposts, classLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].Split(',').Length);
    }

    [Fact]
    public void Write_TextWithQuotesAndBars_IsEscaped()
    {
        var graph = new FlowGraph([new FlowNode("a/x", FlowNodeKind.Say, "Say \"stop\" | <b>", "a")], []);

        var markdown = MermaidWriter.Write(graph, "T");

        Assert.Contains("x: Say #quot;stop#quot; #124; #lt;b#gt;", markdown, StringComparison.Ordinal);
    }
}
