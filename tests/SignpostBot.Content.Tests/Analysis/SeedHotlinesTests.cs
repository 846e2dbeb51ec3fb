using SignpostBot.Content.Analysis;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Analysis;

/// <summary>The seed page's hotline list, read number by number under its country.</summary>
public sealed class SeedHotlinesTests
{
    [Fact]
    public void Read_TheSeedPage_FindsEveryNumberUnderItsCountry()
    {
        var numbers = SeedHotlines.Read(File.ReadAllText(RepositoryPaths.Seed), TestContent.Knowledge.Countries.Select(c => c.Name));

        Assert.True(numbers.Select(n => n.Digits).Distinct().Count() >= 40, "The seed's list holds 40 distinct numbers; fewer means the parsing broke.");
        Assert.Contains(numbers, n => n is { Country: "Romania", Digits: "080080067" });
        Assert.Contains(numbers, n => n is { Country: "United Kingdom", Digits: "080001217" + "0" });
        Assert.DoesNotContain(numbers, n => n.Country.Length == 0);
    }

    [Fact]
    public void FindAbove_FromTheRepository_FindsTheSharedSeed()
    {
        Assert.Equal(Path.GetFullPath(RepositoryPaths.Seed), SeedHotlines.FindAbove(RepositoryPaths.Root));
    }

    [Fact]
    public void Read_TextOutsideTheList_IsIgnored()
    {
        var numbers = SeedHotlines.Read("Intro 0800 111 222\nNational hotlines\nRomania\nTelephone: 0800 800 67\nResources and useful links\nMore 0800 333 444\n", ["Romania"]);

        var number = Assert.Single(numbers);
        Assert.Equal(4, number.Line);
    }
}
