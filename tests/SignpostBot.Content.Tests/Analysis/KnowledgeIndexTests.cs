using SignpostBot.Content.Analysis;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>Where each hotline and guidance entry is written, for errors that point at the line to change.</summary>
public sealed class KnowledgeIndexTests
{
    private static readonly KnowledgeIndex Index = TestContent.Index;

    [Fact]
    public void Read_Repository_HasEveryHotlineAndGuidanceOnce()
    {
        var knowledge = TestContent.Knowledge;
        var hotlines = knowledge.Countries.SelectMany(c => c.Hotlines).Concat(knowledge.International).Select(h => h.Id).Order(StringComparer.Ordinal);

        Assert.Equal(hotlines, Index.Entries.Where(e => e.Kind == KnowledgeIndex.Hotline).Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(knowledge.Guidance.Count, Index.Entries.Count(e => e.Kind == KnowledgeIndex.Guidance));
    }

    [Fact]
    public void Read_Hotline_LineIsItsIdAndVerifiedLineIsItsDate()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Knowledge, "countries.yaml"));
        var entry = Index.Entries.Single(e => e.Id == "gb-modern-slavery-helpline");

        Assert.Contains("id: gb-modern-slavery-helpline", lines[entry.Line - 1], StringComparison.Ordinal);
        Assert.Contains("verified:", lines[entry.VerifiedLine - 1], StringComparison.Ordinal);
        Assert.Equal("United Kingdom", entry.Country);
        Assert.Contains("name: Romania", lines[Index.Countries["Romania"].Line], StringComparison.Ordinal);
    }
}
