using System.Text.Json;
using System.Text.RegularExpressions;
using SignpostBot.Content;
using SignpostBot.Messaging;
using SignpostBot.State;
using SignpostBot.Testing;

namespace SignpostBot.Tests.Deployment;

/// <summary>The ARM templates in deploymentTemplates/azure parse, hold no secret defaults, and write only settings the app reads.</summary>
public sealed partial class ArmTemplateTests
{
    private static readonly string AzureFolder = Path.Combine(RepositoryPaths.Root, "deploymentTemplates", "azure");

    private static readonly string[] TemplateFiles = Directory.GetFiles(AzureFolder, "*.json")
        .Select(path => Path.GetFileName(path)).Where(f => !f.EndsWith(".parameters.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Templates { get; } = new(TemplateFiles);

    [Fact]
    public void Folder_HasOneTemplatePerConcernEachWithAParameterFile()
    {
        Assert.Equal(["appservice.json", "bot.json", "identity.json", "redis.json", "storage.json"], TemplateFiles);
        Assert.All(TemplateFiles, t => Assert.True(File.Exists(Path.Combine(AzureFolder, t.Replace(".json", ".parameters.json", StringComparison.Ordinal))), $"{t} has no parameter file."));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_ParsesAndUsesOnlyDeclaredParameters(string file)
    {
        using var template = Load(file);
        var root = template.RootElement;

        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", root.GetProperty("$schema").GetString());
        Assert.NotEmpty(root.GetProperty("resources").EnumerateArray());
        var declared = Parameters(root).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var used = ParameterReference().Matches(root.GetRawText()).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(used.Except(declared));
        Assert.Empty(declared.Except(used));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_SecretsAreSecureAndHaveNoDefault(string file)
    {
        using var template = Load(file);

        foreach (var parameter in Parameters(template.RootElement))
        {
            var type = parameter.Value.GetProperty("type").GetString()!.ToLowerInvariant();
            var looksSecret = SecretName().IsMatch(parameter.Name);
            if (looksSecret)
            {
                Assert.True(type is "securestring" or "secureobject", $"{file}: parameter '{parameter.Name}' looks secret but is a plain {type}.");
            }

            if (type is "securestring" or "secureobject")
            {
                Assert.False(parameter.Value.TryGetProperty("defaultValue", out _), $"{file}: secret parameter '{parameter.Name}' has a default value.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void ParameterFile_SetsOnlyDeclaredNonSecretParameters(string file)
    {
        using var template = Load(file);
        using var parameters = Load(file.Replace(".json", ".parameters.json", StringComparison.Ordinal));
        var declared = Parameters(template.RootElement).ToDictionary(p => p.Name, p => p.Value.GetProperty("type").GetString()!.ToLowerInvariant(), StringComparer.Ordinal);

        foreach (var set in parameters.RootElement.GetProperty("parameters").EnumerateObject())
        {
            Assert.True(declared.TryGetValue(set.Name, out var type), $"{file}: the parameter file sets '{set.Name}', which the template does not declare.");
            Assert.False(type is "securestring" or "secureobject", $"{file}: the parameter file holds the secret '{set.Name}'; pass it on the command line.");
        }

        var required = Parameters(template.RootElement).Where(p => !p.Value.TryGetProperty("defaultValue", out _) && !string.Equals(p.Value.GetProperty("type").GetString(), "securestring", StringComparison.OrdinalIgnoreCase)).Select(p => p.Name);
        Assert.All(required, name => Assert.True(parameters.RootElement.GetProperty("parameters").TryGetProperty(name, out _), $"{file}: the parameter file does not set the required '{name}'."));
    }

    [Fact]
    public void WebApp_WritesOnlySettingsTheAppReadsAndEveryCredential()
    {
        using var template = Load("appservice.json");
        var site = template.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "Microsoft.Web/sites");
        var config = site.GetProperty("properties").GetProperty("siteConfig");
        var written = config.GetProperty("appSettings").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();

        var read = SettingsTheAppReads();
        Assert.All(written, name => Assert.True(read.Contains(name), $"appservice.json writes '{name}', which the app never reads. It reads: {string.Join(", ", read.Order(StringComparer.Ordinal))}"));
        Assert.Subset(new HashSet<string>(written, StringComparer.Ordinal), new HashSet<string>(
            [nameof(BotCredentialsOptions.MicrosoftAppId), nameof(BotCredentialsOptions.MicrosoftAppPassword), nameof(BotCredentialsOptions.MicrosoftAppType), nameof(BotCredentialsOptions.MicrosoftAppTenantId), "Urls"],
            StringComparer.Ordinal));
        Assert.Equal("DOTNETCORE|10.0", config.GetProperty("linuxFxVersion").GetString());
        Assert.Equal("linux", template.RootElement.GetProperty("resources")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void WebApp_ReachesRedisOverTlsAndReadsKnowledgeAsBlobDataReaderOfItsContainerOnly()
    {
        using var template = Load("appservice.json");
        var resources = template.RootElement.GetProperty("resources").EnumerateArray().ToList();
        var settings = resources.Single(r => r.GetProperty("type").GetString() == "Microsoft.Web/sites")
            .GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("value").GetString()!, StringComparer.Ordinal);
        var role = resources.Single(r => r.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments");
        var scope = template.RootElement.GetProperty("variables").GetProperty("knowledgeContainerScope").GetString()!;

        Assert.Contains(":6380,password=", settings["Bot__Redis__Configuration"], StringComparison.Ordinal);
        Assert.Contains(",ssl=True,", settings["Bot__Redis__Configuration"], StringComparison.Ordinal);
        Assert.Equal("2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", template.RootElement.GetProperty("variables").GetProperty("storageBlobDataReader").GetString());
        Assert.Contains("variables('storageBlobDataReader')", role.GetProperty("properties").GetProperty("roleDefinitionId").GetString(), StringComparison.Ordinal);
        Assert.Contains("/blobServices/default/containers/knowledge'", scope, StringComparison.Ordinal);
        Assert.Equal("[variables('knowledgeContainerScope')]", role.GetProperty("scope").GetString());
        Assert.Equal("[variables('useKnowledgeBlob')]", role.GetProperty("condition").GetString());
    }

    [Fact]
    public void Redis_AcceptsOnlyTls12AndEvictsOnlyExpiringKeys()
    {
        using var template = Load("redis.json");
        var cache = template.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "Microsoft.Cache/redis").GetProperty("properties");

        Assert.False(cache.GetProperty("enableNonSslPort").GetBoolean());
        Assert.Equal("1.2", cache.GetProperty("minimumTlsVersion").GetString());
        Assert.Equal("volatile-lru", cache.GetProperty("redisConfiguration").GetProperty("maxmemory-policy").GetString());
    }

    [Fact]
    public void Storage_HasAPrivateKnowledgeContainer()
    {
        using var template = Load("storage.json");
        var resources = template.RootElement.GetProperty("resources").EnumerateArray().ToList();
        var container = resources.Single(r => r.GetProperty("type").GetString() == "Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.EndsWith("'/default/knowledge')]", container.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("None", container.GetProperty("properties").GetProperty("publicAccess").GetString());
        Assert.False(resources[0].GetProperty("properties").GetProperty("allowBlobPublicAccess").GetBoolean());
    }

    [Fact]
    public void Bot_IsSingleTenantOrManagedIdentityWithTeamsWebChatAndDirectLine()
    {
        using var template = Load("bot.json");
        var root = template.RootElement;

        var appTypes = root.GetProperty("parameters").GetProperty("microsoftAppType").GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString());
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], appTypes);
        var channels = root.GetProperty("resources").EnumerateArray()
            .Where(r => r.GetProperty("type").GetString() == "Microsoft.BotService/botServices/channels")
            .Select(r => r.GetProperty("properties").GetProperty("channelName").GetString());
        Assert.Equal(["MsTeamsChannel", "WebChatChannel", "DirectLineChannel"], channels);
    }

    [Fact]
    public void Readme_NamesEveryParameterAndTheDeploymentCommand()
    {
        var readme = File.ReadAllText(Path.Combine(AzureFolder, "README.md"));

        foreach (var file in TemplateFiles)
        {
            using var template = Load(file);
            Assert.All(Parameters(template.RootElement), p => Assert.True(readme.Contains($"`{p.Name}`", StringComparison.Ordinal), $"README.md does not name {file}'s parameter `{p.Name}`."));
            Assert.Contains($"--template-file deploymentTemplates/azure/{file}", readme, StringComparison.Ordinal);
        }

        Assert.Contains("az deployment group create", readme, StringComparison.Ordinal);
    }

    /// <summary>
    /// The configuration keys the app binds, as App Service app settings name them (sections joined by "__"):
    /// the options classes' properties, and every key in the shipped appsettings.json.
    /// </summary>
    private static HashSet<string> SettingsTheAppReads()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        keys.UnionWith(typeof(BotCredentialsOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name));
        keys.UnionWith(Settings(BotOptions.Section, typeof(BotOptions)));
        keys.UnionWith(Settings(BotConnectorOptions.Section, typeof(BotConnectorOptions)));
        keys.UnionWith(Settings(RedisStateOptions.Section, typeof(RedisStateOptions)));
        keys.UnionWith(Settings(BlobKnowledgeOptions.Section, typeof(BlobKnowledgeOptions)));
        keys.UnionWith(Settings(SignpostBot.DirectLine.DirectLineOptions.Section, typeof(SignpostBot.DirectLine.DirectLineOptions)));
        using var appSettings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "SignpostBot", "appsettings.json")));
        Flatten(appSettings.RootElement, string.Empty, keys);
        return keys;
    }

    private static IEnumerable<string> Settings(string section, Type options)
        => options.GetProperties().Where(p => p.CanWrite).Select(p => section.Replace(":", "__", StringComparison.Ordinal) + "__" + p.Name);

    private static void Flatten(JsonElement element, string prefix, HashSet<string> keys)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix.Length == 0 ? property.Name : prefix + "__" + property.Name;
            keys.Add(key);
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Flatten(property.Value, key, keys);
            }
        }
    }

    private static JsonDocument Load(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(AzureFolder, file)));

    private static IEnumerable<JsonProperty> Parameters(JsonElement template)
        => template.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateObject() : [];

    [GeneratedRegex(@"parameters\('([A-Za-z0-9_]+)'\)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex("password|secret|key$|token", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
