using SignpostBot.Knowledge.Model;
using SignpostBot.Dialogs.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SignpostBot.Content.Loading;

/// <summary>Parses one YAML file into a <see cref="YamlMap"/>, turning syntax errors into located errors.</summary>
public static class YamlContentFile
{
    public const int SupportedVersion = 1;

    public static YamlMap? Parse(string file, string text, ContentErrors errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(file, ex.Start, "This is not valid YAML: " + FirstLine(ex.InnerException?.Message ?? ex.Message)
                + " Check the indentation and that text containing ':' or '#' is in quotes.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(file, Mark.Empty, "The file is empty or does not start with 'version: 1'.");
            return null;
        }

        var map = new YamlMap(file, root, errors);
        var version = map.WholeNumber("version", required: true);
        if (version is not null and not SupportedVersion)
        {
            errors.Add(file, root, $"'version: {version}' is not supported; this bot reads version {SupportedVersion}.");
        }

        return map;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? message : message[..end]).Trim();
        return line.EndsWith('.') ? line : line + ".";
    }
}
