using SignpostBot.Dialogs.Content;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// A YAML document as JSON, for checking against a JSON Schema, with the place of every value so a schema error
/// can name its line. Plain scalars are typed as YAML 1.1 reads them (yes/no are booleans, 2 is a number);
/// quoted scalars stay text.
/// </summary>
public sealed partial class YamlJson
{
    private readonly Dictionary<string, Mark> _marks = new(StringComparer.Ordinal);

    private YamlJson(JsonNode? root) => Root = root;

    public JsonNode? Root { get; private set; }

    /// <summary>Where the value at a JSON Pointer (<c>/steps/0/id</c>) starts; the file's start when unknown.</summary>
    public Mark At(string location)
    {
        for (var p = location; ; p = p[..p.LastIndexOf('/')])
        {
            if (_marks.TryGetValue(p, out var mark))
            {
                return mark;
            }

            if (p.Length == 0)
            {
                return Mark.Empty;
            }
        }
    }

    /// <summary>Reads the first document; null when the text is not YAML (the loaders report that with its line).</summary>
    public static YamlJson? Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException)
        {
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        var result = new YamlJson(null);
        result.Root = result.Convert(stream.Documents[0].RootNode, string.Empty, stream.Documents[0].RootNode.Start);
        return result;
    }

    private JsonNode? Convert(YamlNode node, string pointer, Mark mark)
    {
        _marks[pointer] = mark;
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                    obj[name] = Convert(value, pointer + "/" + Escape(name), key.Start);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var child = sequence.Children[i];
                    array.Add(Convert(child, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), child.Start));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (Boolean().IsMatch(text))
        {
            return JsonValue.Create(text[0] is 'y' or 'Y' or 't' or 'T');
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        return FloatingPoint().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    [GeneratedRegex("^(yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex Boolean();

    [GeneratedRegex(@"^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex FloatingPoint();
}
