using SignpostBot.Content.Analysis;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>knowledge/README.md's list of what to check before launch is generated from the content, never kept by hand.</summary>
public sealed class LaunchChecklistTests
{
    [Fact]
    public void Readme_ChecklistSection_IsWhatTheContentGenerates()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Knowledge, "README.md"));

        Assert.Equal(LaunchChecklist.Build(TestContent.Knowledge), LaunchChecklist.Current(readme));
    }

    [Fact]
    public void Build_ListsEveryUnconfirmedEntryFirst_AndEveryConfirmedOneToReCheck()
    {
        var checklist = LaunchChecklist.Build(TestContent.Knowledge);
        var confirmedTable = checklist.IndexOf("### Confirmed", StringComparison.Ordinal);
        var hotlines = TestContent.Knowledge.Countries.SelectMany(c => c.Hotlines).Concat(TestContent.Knowledge.International).ToList();

        Assert.All(hotlines.Where(h => h.Status != "confirmed"), h => Assert.InRange(checklist.IndexOf($"(`{h.Id}`)", StringComparison.Ordinal), 0, confirmedTable));
        Assert.All(hotlines.Where(h => h.Status == "confirmed"), h => Assert.True(checklist.IndexOf($"(`{h.Id}`)", StringComparison.Ordinal) > confirmedTable, h.Id));
    }

    [Fact]
    public void Replace_PutsTheChecklistBetweenTheMarkers_AndKeepsTheRest()
    {
        var readme = $"# Title\n\n{LaunchChecklist.Start}\nold\n{LaunchChecklist.End}\nafter\n";

        var updated = LaunchChecklist.Replace(readme, "new\n");

        Assert.Equal($"# Title\n\n{LaunchChecklist.Start}\n\nnew\n\n{LaunchChecklist.End}\nafter\n", updated);
        Assert.Equal("new\n", LaunchChecklist.Current(updated!));
        Assert.Null(LaunchChecklist.Replace("# no markers\n", "new\n"));
    }
}
