using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Checks a parsed file (<see cref="ContentDocument"/>) against a JSON Schema: the same schemas editors use through
/// the <c># yaml-language-server: $schema=</c> modeline, so what VS Code underlines and what <c>validate</c> reports
/// are the same rules. Each failure is reported at the line and column of the value that fails.
/// </summary>
public static partial class SchemaCheck
{
    // A valid file (the usual case, and every start of the bot) needs only a yes or no, which stops at the first
    // failure; the detailed pass that locates each failure runs only for a file that fails.
    private static readonly EvaluationOptions Verdict = new() { OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.Hierarchical };

    /// <summary>The schema file a YAML file's modeline names, resolved beside the file; null when it names none.</summary>
    public static string? SchemaPath(string path, string text)
    {
        var match = Modeline().Match(text);
        return match.Success ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, match.Groups[1].Value)) : null;
    }

    /// <summary>True when the text starts its lines with a schema modeline (what editors read).</summary>
    public static bool HasModeline(string text) => Modeline().IsMatch(text);

    /// <summary>A file on disk (a conversation script) against a schema on disk: parsed once, then checked.</summary>
    public static void CheckFile(string path, string text, string schemaPath, ContentErrors errors)
    {
        if (ContentDocument.Parse(path, text, errors) is not { } document)
        {
            return;
        }

        var (schema, problem) = Read(File.ReadAllText(schemaPath), new Uri(Path.GetFullPath(schemaPath)));
        if (schema is null)
        {
            errors.Add(new ContentError(schemaPath, 1, 1, $"The schema cannot be read ({problem}); {Path.GetFileName(path)} was not checked against it."));
            return;
        }

        Check(document, schema, Path.GetFileName(schemaPath), errors);
    }

    /// <summary>Checks a parsed file against a schema; each failure is reported at the line of the value that fails.</summary>
    public static void Check(ContentDocument document, JsonSchema schema, string schemaName, ContentErrors errors)
    {
        if (schema.Evaluate(document.Root, Verdict).IsValid)
        {
            return;
        }

        var reported = new HashSet<(long, long)>();
        Report(schema.Evaluate(document.Root, Detailed), document, schemaName, reported, errors);
    }

    /// <summary>Builds a schema from its text, or says why it cannot.</summary>
    public static (JsonSchema? Schema, string? Problem) Read(string text, Uri baseUri)
    {
        try
        {
            return (JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, baseUri), null);
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
    private static void Report(EvaluationResults result, ContentDocument document, string schemaName, HashSet<(long, long)> reported, ContentErrors errors)
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
                errors.Add(new ContentError(document.File, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), Explain(keyword, message, pointer, schemaName)));
            }
        }

        var children = (result.Details ?? []).Where(d => !d.IsValid).ToList();
        var alternatives = children.Where(IsAlternative).ToList();
        var others = children.Except(alternatives).ToList();
        foreach (var child in others)
        {
            Report(child, document, schemaName, reported, errors);
        }

        if (alternatives.Count > 0 && others.Count == 0 && !said && reported.Add((mark.Line, mark.Column)))
        {
            errors.Add(new ContentError(document.File, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), Explain("anyOf", "the value is none of the forms allowed here", pointer, schemaName)));
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
