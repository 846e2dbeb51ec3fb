using System.Reflection;
using NetArchTest.Rules;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Tests.Architecture;

/// <summary>
/// The layers stay apart: the runtime (Dialogs) and the model (Knowledge) know nothing of ASP.NET Core, files, YAML
/// or JSON Schema; the model knows nothing of the runtime; the host knows nothing of the command-line tool. Each rule
/// is also run over a type that breaks it on purpose, so a rule that could never fail would be caught.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Dialogs = typeof(TriageBot).Assembly;
    private static readonly Assembly KnowledgeModel = typeof(KnowledgeBase).Assembly;
    private static readonly Assembly Host = typeof(Program).Assembly;

    private static readonly ArchitectureRule[] Rules =
    [
        new("Dialogs and Knowledge never reference ASP.NET Core", [Dialogs, KnowledgeModel], ["Microsoft.AspNetCore"]),
        new("Knowledge never references Dialogs", [KnowledgeModel], ["SignpostBot.Dialogs"]),
        new("The runtime never touches files", [Dialogs, KnowledgeModel], ["System.IO.File", "System.IO.Directory"]),
        new("The runtime holds no YAML or JSON Schema library", [Dialogs, KnowledgeModel], ["YamlDotNet", "Json.Schema"]),
        new("The host never references the command-line tool", [Host], ["SignpostBot.Cli"]),
    ];

    public static TheoryData<string> RuleNames { get; } = new(Rules.Select(r => r.Name));

    /// <summary>The rules a type in this assembly can break on purpose (nothing here may reference the command-line tool).</summary>
    public static TheoryData<string> DemonstrableRuleNames { get; } = new(Rules.Where(r => !r.Forbidden.Contains("SignpostBot.Cli")).Select(r => r.Name));

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_HoldsForTheProduct(string name)
    {
        var result = Rule(name).Check(Types.InAssemblies(Rule(name).Subjects));

        Assert.True(result.IsSuccessful, $"{name}; broken by: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(DemonstrableRuleNames))]
    public void Rule_OverATypeThatBreaksIt_Fails(string name)
    {
        var result = Rule(name).Check(Types.InAssembly(typeof(DeliberateViolation).Assembly).That().HaveName(nameof(DeliberateViolation)));

        Assert.False(result.IsSuccessful);
        Assert.Equal([typeof(DeliberateViolation).FullName], result.FailingTypeNames);
    }

    [Fact]
    public void RuntimeAndModel_ReferenceNoYamlSchemaOrWebAssembly()
    {
        string[] forbidden = ["YamlDotNet", "JsonSchema.Net", "Microsoft.AspNetCore", "SignpostBot.Content", "SignpostBot.Cli"];

        var references = new[] { Dialogs, KnowledgeModel }.SelectMany(a => a.GetReferencedAssemblies()).Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
        Assert.DoesNotContain(KnowledgeModel.GetReferencedAssemblies(), a => a.Name == Dialogs.GetName().Name);
    }

    private static ArchitectureRule Rule(string name) => Rules.Single(r => r.Name == name);

    private sealed record ArchitectureRule(string Name, Assembly[] Subjects, string[] Forbidden)
    {
        public TestResult Check(PredicateList types) => types.Should().NotHaveDependencyOnAny(Forbidden).GetResult();

        public TestResult Check(Types types) => types.Should().NotHaveDependencyOnAny(Forbidden).GetResult();
    }
}

/// <summary>Breaks every rule of <see cref="ArchitectureTests"/> on purpose, so the tests can show each rule catches it.</summary>
public static class DeliberateViolation
{
    public static string ReadsAFile(string path) => File.ReadAllText(path);

    public static bool ListsAFolder(string path) => Directory.Exists(path);

    public static string? UsesAspNetCore(Microsoft.AspNetCore.Http.HttpContext http) => http.Request.Path.Value;

    public static TriageBot UsesTheRuntime(SignpostBot.Dialogs.Content.DialogSet content) => new(content, SignpostBot.Dialogs.Rendering.ChannelRenderers.Standard);

    public static object ParsesYaml(string text) => new YamlDotNet.Serialization.Deserializer().Deserialize<object>(text);

    public static bool ChecksASchema(Json.Schema.JsonSchema schema, System.Text.Json.JsonElement value) => schema.Evaluate(value).IsValid;
}
