using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Content.Analysis;
using SignpostBot.Knowledge.Loading;

namespace SignpostBot.Dialogs.Tests.Content.Analysis;

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

    private static DialogSet Load(string main)
    {
        var global = """
            version: 1
            start: main
            defaultCountry: GB
            interruptions:
              danger: { phrases: [in danger], text: Call 999. }
              help: { phrases: [help], text: Help. }
              startOver: { phrases: [start again], text: Again. }
              stop: { phrases: [stop], text: Bye. }
            notText: Type please.
            gaveUp: Sorry.
            failSafe: { text: Help is here., emergency: yes }
            labels: { emergency: "Call {numbers}.", or: or, call: "Call {number}", website: Website, email: Email, hours: "Open {hours}", languages: "Languages: {languages}", free: Free, anonymous: Anonymous, guidance: Read }
            """;
        var errors = new ContentErrors();
        var content = DialogLoader.Load([("global.yaml", global), ("main.yaml", main)], TestContent.Knowledge, errors);
        Assert.False(errors.HasErrors, string.Join("\n", errors.All));
        return content!;
    }
}
