using System.IO.Compression;
using System.Text.Json;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Deployment;

/// <summary>
/// deploymentTemplates/appPackage builds a Teams app package that the official Teams manifest schema (from the
/// @microsoft/app-manifest npm package, restored by the test build) accepts.
/// </summary>
public sealed class TeamsAppPackageTests
{
    private const string BotId = "6a1b3c1e-5f0e-4f55-9d9f-2a4a4b0c0d11";

    private static readonly string PackageFolder = Path.Combine(RepositoryPaths.Root, "deploymentTemplates", "appPackage");
    private static readonly string SchemaFolder = Path.Combine(PackageFolder, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    [Fact]
    public async Task Build_WithABotId_ValidatesAgainstTheOfficialSchemaAndZipsThePackage()
    {
        RequireNpmPackages();
        var zipPath = Path.Combine(Path.GetTempPath(), $"signpostbot-teams-{Guid.NewGuid():N}.zip");
        try
        {
            var (exitCode, output) = await Build(PackageFolder, "--out", zipPath);

            Assert.True(exitCode == 0, output);
            Assert.Contains("is valid against the Teams v1.30 schema", output, StringComparison.Ordinal);
            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var manifest = await JsonDocument.ParseAsync(zip.GetEntry("manifest.json")!.Open());
            var bot = manifest.RootElement.GetProperty("bots")[0];
            Assert.Equal(BotId, bot.GetProperty("botId").GetString());
            Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
            Assert.DoesNotContain("${{", manifest.RootElement.GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    [Fact]
    public void Manifest_UsesTheNewestSchemaTheOfficialPackageShips()
    {
        RequireNpmPackages();
        var newest = Directory.GetDirectories(SchemaFolder, "v1.*")
            .Select(path => Version.Parse(Path.GetFileName(path)[1..]))
            .Max();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(PackageFolder, "manifest.json")));

        Assert.Equal(newest!.ToString(), manifest.RootElement.GetProperty("manifestVersion").GetString());
    }

    [Fact]
    public async Task Build_ManifestWithAPropertyTheSchemaDoesNotAllow_Fails()
    {
        RequireNpmPackages();
        var copy = Directory.CreateTempSubdirectory("appPackage-").FullName;
        try
        {
            foreach (var file in new[] { "build.mjs", "color.png", "outline.png" })
            {
                File.Copy(Path.Combine(PackageFolder, file), Path.Combine(copy, file));
            }

            var manifest = File.ReadAllText(Path.Combine(PackageFolder, "manifest.json"))
                .Replace("\"accentColor\": \"#1F5C99\",", "\"accentColor\": \"#1F5C99\", \"notInTheSchema\": true,", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(copy, "manifest.json"), manifest);

            var (exitCode, output) = await Build(copy, "--check");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("notInTheSchema", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_IsAPngOfTheSizeTeamsAsksFor(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(PackageFolder, file));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    private static Task<(int ExitCode, string Output)> Build(string folder, params string[] extra)
        => CommandLine.RunAsync(
            "node",
            folder,
            [Path.Combine(folder, "build.mjs"), "--bot-id", BotId, "--developer-name", "Anytown Council", "--website-url", "https://www.anytown.example",
                "--privacy-url", "https://www.anytown.example/privacy", "--terms-url", "https://www.anytown.example/terms", .. extra],
            "install Node.js (see .ci/run)",
            new Dictionary<string, string> { ["NODE_PATH"] = Path.Combine(PackageFolder, "node_modules") });

    private static void RequireNpmPackages()
        => Assert.True(Directory.Exists(SchemaFolder), $"{SchemaFolder} is missing: the test build restores it (NpmTools.targets): is npm installed?");
}
