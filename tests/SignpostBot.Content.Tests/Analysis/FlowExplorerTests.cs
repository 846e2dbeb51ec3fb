using SignpostBot.Testing;
using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Analysis;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>The walk through the flows: one path per answer, moves labelled with the answers.</summary>
public sealed class FlowExplorerTests
{
    [Fact]
    public void Explore_OneYesNoQuestion_ThreePathsAndLabelledMoves()
    {
        var content = Load("""
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
            """);
        var explorer = new FlowExplorer(content);

        explorer.Explore(Slots.Empty, string.Empty);

        Assert.Equal(3, explorer.Paths.Count);
        Assert.Equal([1, 1, 2], explorer.Paths.Select(p => p.TurnsToNumber!.Value).Order());
        Assert.Equal(["Yes"], explorer.Edges[("main/danger", "main/call")]);
        Assert.Equal(["No"], explorer.Edges[("main/danger", "main/line")]);
        Assert.Equal(["then as 'yes'"], explorer.Edges[("failsafe:main/danger", "main/call")]);
        Assert.Empty(explorer.Problems);
    }

    private static DialogSet Load(string main) => TestContent.LoadFlows(TestContent.SmallGlobal, ("main.yaml", main));
}
