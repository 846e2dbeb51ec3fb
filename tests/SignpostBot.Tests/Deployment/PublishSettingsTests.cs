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

    /// <summary>
    /// The memory target (100,000 live conversations in &lt; 300 MiB, docs/performance.md) is met because the GC compacts
    /// its old generation, where the turn ledger's two-minute replies die: without it the RSS was 356-385 MiB.
    /// </summary>
    [Fact]
    public async Task Build_CompactsTheOldGenerationWithWorkstationGc()
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "SignpostBot", "SignpostBot.csproj");
        var (exitCode, output) = await CommandLine.RunAsync(
            "dotnet",
            RepositoryPaths.Root,
            ["msbuild", project, "-nologo", "-getProperty:ServerGarbageCollection", "-getItem:RuntimeHostConfigurationOption", "-p:Configuration=Release"],
            "the .NET SDK runs these tests");

        Assert.True(exitCode == 0, output);
        using var json = JsonDocument.Parse(output);
        var conserveMemory = json.RootElement.GetProperty("Items").GetProperty("RuntimeHostConfigurationOption").EnumerateArray()
            .Where(option => option.GetProperty("Identity").GetString() == "System.GC.ConserveMemory")
            .Select(option => option.GetProperty("Value").GetString())
            .SingleOrDefault();
        Assert.Equal(("false", "9"), (json.RootElement.GetProperty("Properties").GetProperty("ServerGarbageCollection").GetString(), conserveMemory));
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
