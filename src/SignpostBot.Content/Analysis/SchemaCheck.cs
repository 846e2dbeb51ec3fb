using SignpostBot.Dialogs.Content;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Checks content files against the JSON Schemas their editors use (the <c># yaml-language-server: $schema=</c>
/// modeline at the top of each file), so what VS Code underlines and what <c>validate</c> reports are the same rules.
/// </summary>
public static partial class SchemaCheck
{
    // A valid file (the usual case, and every start of the bot) needs only a yes or no, which stops at the first
    // failure; the detailed pass that locates each failure runs only for a file that fails.
    private static readonly EvaluationOptions Verdict = new() { OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.Hierarchical };

    /// <summary>Checks every <c>*.yaml</c> in a folder that names a schema in its modeline.</summary>
    public static void CheckFolder(string directory, ContentErrors errors)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var schemas = new Dictionary<string, (JsonSchema?, string?)>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            if (SchemaPath(path, text) is not { } schemaPath)
            {
                errors.Add(new ContentError(path, 1, 1, "The file has no schema line. Make its first line '# yaml-language-server: $schema=schemas/<name>.schema.json' so editors and 'validate' can check it.", ContentSeverity.Warning));
                continue;
            }

            if (!File.Exists(schemaPath))
            {
                errors.Add(new ContentError(path, 1, 1, $"The schema {schemaPath} named on the first line does not exist."));
                continue;
            }

            Check(path, text, schemaPath, schemas, errors);
        }
    }

    /// <summary>The schema file a YAML file's modeline names, resolved beside the file; null when it names none.</summary>
    public static string? SchemaPath(string path, string text)
    {
        var match = Modeline().Match(text);
        return match.Success ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, match.Groups[1].Value)) : null;
    }

    public static void Check(string path, string text, string schemaPath, ContentErrors errors)
        => Check(path, text, schemaPath, new Dictionary<string, (JsonSchema?, string?)>(StringComparer.Ordinal), errors);

    /// <param name="schemas">Schemas already read in this pass, by path, or why one could not be read: files sharing a schema read it once.</param>
    private static void Check(string path, string text, string schemaPath, Dictionary<string, (JsonSchema? Schema, string? Problem)> schemas, ContentErrors errors)
    {
        if (YamlJson.Parse(text) is not { } document)
        {
            return;
        }

        if (!schemas.TryGetValue(schemaPath, out var read))
        {
            read = schemas[schemaPath] = Read(schemaPath);
        }

        if (read.Schema is not { } schema)
        {
            errors.Add(new ContentError(schemaPath, 1, 1, $"The schema cannot be read ({read.Problem}); {Path.GetFileName(path)} was not checked against it."));
            return;
        }

        using var json = JsonDocument.Parse(document.Root?.ToJsonString() ?? "null");
        if (schema.Evaluate(json.RootElement, Verdict).IsValid)
        {
            return;
        }

        var schemaName = Path.GetFileName(schemaPath);
        var reported = new HashSet<(long, long)>();
        Report(schema.Evaluate(json.RootElement, Detailed), document, path, schemaName, reported, errors);
    }

    private static (JsonSchema? Schema, string? Problem) Read(string schemaPath)
    {
        try
        {
            return (JsonSchema.FromText(File.ReadAllText(schemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri(Path.GetFullPath(schemaPath))), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return (null, ex.Message);
        }
    }

    /// <summary>
    /// Reports the failures that explain why the file is invalid: a node's own errors, then its failing children.
    /// Alternatives inside oneOf/anyOf are not reported one by one (most of them fail by design); their parent says
    /// what was expected.
    /// </summary>
    private static void Report(EvaluationResults result, YamlJson document, string path, string schemaName, HashSet<(long, long)> reported, ContentErrors errors)
    {
        if (result.IsValid)
        {
            return;
        }

        var pointer = result.InstanceLocation.ToString();
        var mark = document.At(pointer);
        var said = false;
        foreach (var (keyword, message) in result.Errors ?? new Dictionary<string, string>())
        {
            said = true;
            if (reported.Add((mark.Line, mark.Column)))
            {
                errors.Add(new ContentError(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), Explain(keyword, message, pointer, schemaName)));
            }
        }

        var children = (result.Details ?? []).Where(d => !d.IsValid).ToList();
        var alternatives = children.Where(IsAlternative).ToList();
        var others = children.Except(alternatives).ToList();
        foreach (var child in others)
        {
            Report(child, document, path, schemaName, reported, errors);
        }

        if (alternatives.Count > 0 && others.Count == 0 && !said && reported.Add((mark.Line, mark.Column)))
        {
            errors.Add(new ContentError(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), Explain("anyOf", "the value is none of the forms allowed here", pointer, schemaName)));
        }
    }

    private static bool IsAlternative(EvaluationResults result)
    {
        var path = result.EvaluationPath.ToString();
        var last = path.LastIndexOf('/');
        var parent = last > 0 ? path[..last] : string.Empty;
        return parent.EndsWith("/oneOf", StringComparison.Ordinal) || parent.EndsWith("/anyOf", StringComparison.Ordinal);
    }

    private static string Explain(string keyword, string message, string pointer, string schemaName)
    {
        var field = pointer.Length == 0 ? "the file" : $"'{pointer[(pointer.LastIndexOf('/') + 1)..]}'";
        var fix = keyword switch
        {
            "false" or "additionalProperties" => $"{field} is not a field allowed here: check its spelling and indentation.",
            "required" => $"{message.TrimEnd('.')} in {field}: add it.",
            "oneOf" => $"{field} should have exactly one kind (say, choice, confirm, country, begin or signpost): {message}",
            "type" => $"{field} has the wrong kind of value: {message}. Text that looks like yes/no or a number needs quotes.",
            _ => $"{field}: {message}",
        };
        return $"{fix} (schema {schemaName}; hover the field in VS Code to see what it should hold)";
    }

    [GeneratedRegex(@"^#\s*yaml-language-server:\s*\$schema=(\S+)", RegexOptions.Multiline)]
    private static partial Regex Modeline();
}
