using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using SignpostBot.Knowledge.Loading;

namespace SignpostBot.Dialogs.Content.Analysis;

/// <summary>
/// Checks content files against the JSON Schemas their editors use (the <c># yaml-language-server: $schema=</c>
/// modeline at the top of each file), so what VS Code underlines and what <c>validate</c> reports are the same rules.
/// </summary>
public static partial class SchemaCheck
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    /// <summary>Checks every <c>*.yaml</c> in a folder that names a schema in its modeline.</summary>
    public static void CheckFolder(string directory, ContentErrors errors)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

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

            Check(path, text, schemaPath, errors);
        }
    }

    /// <summary>The schema file a YAML file's modeline names, resolved beside the file; null when it names none.</summary>
    public static string? SchemaPath(string path, string text)
    {
        var match = Modeline().Match(text);
        return match.Success ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, match.Groups[1].Value)) : null;
    }

    public static void Check(string path, string text, string schemaPath, ContentErrors errors)
    {
        if (YamlJson.Parse(text) is not { } document)
        {
            return;
        }

        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri(Path.GetFullPath(schemaPath)));
        using var json = JsonDocument.Parse(document.Root?.ToJsonString() ?? "null");
        var results = schema.Evaluate(json.RootElement, Options);
        if (results.IsValid)
        {
            return;
        }

        var schemaName = Path.GetFileName(schemaPath);
        var reported = new HashSet<(long, long)>();
        foreach (var detail in (results.Details ?? []).Prepend(results).Where(d => d.Errors is { Count: > 0 }))
        {
            var pointer = detail.InstanceLocation.ToString();
            var mark = document.At(pointer);
            foreach (var (keyword, message) in detail.Errors!)
            {
                // One message per place: the first is the most specific; the rest repeat it (oneOf, allOf…).
                if (keyword is "allOf" or "anyOf" or "$ref" || !reported.Add((mark.Line, mark.Column)))
                {
                    continue;
                }

                errors.Add(new ContentError(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), Explain(keyword, message, pointer, schemaName)));
            }
        }
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
