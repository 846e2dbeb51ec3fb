using System.Text.Json;
using Json.Schema;
using SignpostBot.Content.Loading;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Loading;

/// <summary>
/// Every content file names its JSON schema in a modeline, so editors can check it as it is typed. These tests keep
/// the schemas true: every shipped file must validate against the schema it names.
/// </summary>
public sealed class ContentSchemaTests
{
    public static TheoryData<string> ContentFiles { get; } = new(
        Directory.GetFiles(RepositoryPaths.Dialogs, "*.yaml")
            .Concat(Directory.GetFiles(RepositoryPaths.Knowledge, "*.yaml"))
            .Concat(Directory.GetFiles(RepositoryPaths.Conversations, "*.yaml"))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void ContentFile_ValidatesAgainstTheSchemaInItsModeline(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        var text = File.ReadAllText(path);
        var schemaPath = SchemaOf(path, text);

        var result = LoadSchema(schemaPath).Evaluate(ToJson(text), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, $"{relativePath} does not match {Path.GetFileName(schemaPath)}:\n" + string.Join("\n",
            (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void DialogSchema_MisspeltStepField_IsRejected()
    {
        var schema = LoadSchema(Path.Combine(RepositoryPaths.Dialogs, "schemas", "dialog.schema.json"));

        var result = schema.Evaluate(ToJson("version: 1\nid: x\nsteps:\n  - id: a\n    sya: Hello\n"));

        Assert.False(result.IsValid);
    }

    private static string SchemaOf(string path, string text)
    {
        const string marker = "$schema=";
        var firstLine = text.Split('\n')[0];
        var at = firstLine.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(firstLine.StartsWith("# yaml-language-server:", StringComparison.Ordinal) && at > 0, $"{path} should start with a '# yaml-language-server: $schema=…' modeline.");
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, firstLine[(at + marker.Length)..].Trim()));
    }

    private static readonly Dictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    /// <summary>Each schema is built once: the library keeps a process-wide registry keyed by the schema's $id.</summary>
    private static JsonSchema LoadSchema(string path)
    {
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(path, out var schema))
            {
                schema = JsonSchema.FromText(File.ReadAllText(path));
                Schemas[path] = schema;
            }

            return schema;
        }
    }

    /// <summary>The file as the pipeline reads it: one parse, typed by the YAML library.</summary>
    private static JsonElement ToJson(string yaml)
    {
        var errors = new ContentErrors();
        var document = ContentDocument.Parse("test.yaml", yaml, errors);
        Assert.Empty(errors.All);
        return document!.Root;
    }
}
