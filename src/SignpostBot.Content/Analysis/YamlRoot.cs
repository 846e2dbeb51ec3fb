using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SignpostBot.Content.Analysis;

/// <summary>The top mapping of a YAML file, for checks that read a file's text and lines directly.</summary>
internal static class YamlRoot
{
    /// <summary>Null when the file is missing, empty or not valid YAML: the loader or the schema check reports why.</summary>
    public static YamlMappingNode? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(path));
            stream.Load(reader);
        }
        catch (YamlException)
        {
            return null;
        }

        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
    }
}
