namespace SignpostBot.Content.Loading;

/// <summary>The top of a content file: a mapping that starts with <c>version: 1</c>.</summary>
public static class YamlContentFile
{
    public const int SupportedVersion = 1;

    /// <summary>Parses a file (a conversation script, say) and gives its top mapping; null, with the error reported, when there is none.</summary>
    public static ContentMap? Parse(string file, string text, ContentErrors errors)
        => ContentDocument.Parse(file, text, errors) is { } document ? Root(document, errors) : null;

    /// <summary>The top mapping of a parsed file, its version checked.</summary>
    public static ContentMap? Root(ContentDocument document, ContentErrors errors)
    {
        if (document.Root.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            errors.Add(document.File, YamlDotNet.Core.Mark.Empty, "The file is empty or does not start with 'version: 1'.");
            return null;
        }

        var map = new ContentMap(document, document.Root, string.Empty, errors);
        var version = map.WholeNumber("version", required: true);
        if (version is not null and not SupportedVersion)
        {
            errors.Add(document.File, map.Start, $"'version: {version}' is not supported; this bot reads version {SupportedVersion}.");
        }

        return map;
    }
}
