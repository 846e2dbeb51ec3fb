using SignpostBot.Content.Analysis;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>The exploration of the real turn function: one path per answer, moves labelled with the answers.</summary>
public sealed class FlowExplorerTests
{
    [Fact]
    public void Explore_OneYesNoQuestion_ThreePathsAndLabelledMoves()
    {
        var content = TestContent.LoadFlows(TestContent.SmallGlobal, ("main.yaml", """
            version: 1
            id: main
            steps:
              - id: danger
                confirm: { slot: inDanger, prompt: Danger?, retry: "Danger, again?", yes: "Yes", no: "No", fallback: yes }
              - id: call
                when: { inDanger: yes }
                signpost: { emergency: yes }
              - id: line
                signpost: { hotlines: [gb-modern-slavery-helpline] }
            """));
        var explorer = new FlowExplorer(new TriageBot(content, ChannelRenderers.Standard), content);

        explorer.ExploreOpening();

        Assert.Equal(3, explorer.PathCount);
        Assert.Equal(new BranchTurns(1, 2, 3), explorer.Branches["all"]);
        Assert.Equal(["Yes"], explorer.Edges[("main/danger", "main/call")]);
        Assert.Equal(["No"], explorer.Edges[("main/danger", "main/line")]);
        Assert.Equal(["not understood 2×"], explorer.Edges[("main/danger", "failsafe:main/danger")]);
        Assert.Equal(["then as 'yes'"], explorer.Edges[("failsafe:main/danger", "main/call")]);
        Assert.Empty(explorer.Problems);
        Assert.Empty(explorer.DeadEnds);
    }
}
