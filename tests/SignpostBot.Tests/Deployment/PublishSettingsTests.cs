using System.Text.Json;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Deployment;

/// <summary>
/// 'dotnet publish src/SignpostBot' (docs/deployment.md) precompiles the bot for the Linux App Service: the start-up
/// target in docs/performance.md is met by the published app, so losing these settings would lose it.
/// </summary>
public sealed class PublishSettingsTests
{
    [Fact]
    public async Task Publish_WithoutOptions_IsReadyToRunForLinuxOnTheSharedRuntime()
    {
        var properties = await PropertiesAsync(publishing: true);

        Assert.Equal(("true", "linux-x64", "false"), (properties["PublishReadyToRun"], properties["RuntimeIdentifier"], properties["SelfContained"]));
    }

    [Fact]
    public async Task Build_ForDotnetRun_StaysPortable()
    {
        var properties = await PropertiesAsync(publishing: false);

        Assert.Equal(string.Empty, properties["RuntimeIdentifier"]);
    }

    /// <summary>The project's properties as MSBuild evaluates them, with <c>_IsPublishing</c> set as <c>dotnet publish</c> sets it.</summary>
    private static async Task<Dictionary<string, string>> PropertiesAsync(bool publishing)
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "SignpostBot", "SignpostBot.csproj");
        var (exitCode, output) = await CommandLine.RunAsync(
            "dotnet",
            RepositoryPaths.Root,
            ["msbuild", project, "-nologo", "-getProperty:PublishReadyToRun", "-getProperty:RuntimeIdentifier", "-getProperty:SelfContained", "-p:Configuration=Release", $"-p:_IsPublishing={(publishing ? "true" : "false")}"],
            "the .NET SDK runs these tests");

        Assert.True(exitCode == 0, output);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
    }
}
