using YamlDotNet.RepresentationModel;

namespace SignpostBot.Content.Analysis;

/// <summary>One sentence or label a person reads, where it is written, and the map it belongs to (to read its neighbours).</summary>
/// <param name="Key">The field it is written under (<c>summary</c>, <c>say</c>, <c>unknownCountryText</c>…).</param>
/// <param name="Parent">The field holding that map (<c>labels</c>, <c>signpost</c>, <c>onChannel</c>…), or empty.</param>
public sealed record UserFacingText(string File, int Line, int Column, string Key, string Parent, string Text, YamlMappingNode Owner);

/// <summary>
/// Reads the texts a person sees straight from the YAML of dialogs/ and knowledge/, with their lines, for the checks
/// that read wording (placeholders, talk of the seed page). Ids, phrases, sources and notes for editors are not read.
/// </summary>
public static class UserFacingTexts
{
    // Fields whose text is shown to a person, in dialogs/ and knowledge/.
    private static readonly HashSet<string> ShownKeys = new(StringComparer.Ordinal)
    {
        "say", "prompt", "retry", "text", "askOther", "other", "title", "yes", "no", "note", "unknownCountryText", "noCountryText",
        "childText", "dontKnowText", "notText", "gaveUp", "answer", "name", "organisation", "summary", "publisher", "label", "emergencyNote", "hours",
    };

    // Maps whose every text value is shown: the labels around signposts, and per-channel wordings.
    private static readonly HashSet<string> ShownMaps = new(StringComparer.Ordinal) { "labels", "onChannel" };

    // Text fields for editors only, even where a shown key has the same name ('note' of a seed record or a guidance entry).
    private static readonly HashSet<string> EditorMaps = new(StringComparer.Ordinal) { "seed" };

    public static IReadOnlyList<UserFacingText> Read(params string[] directories)
    {
        var texts = new List<UserFacingText>();
        foreach (var path in directories.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.yaml")).Order(StringComparer.Ordinal))
        {
            if (YamlRoot.Read(path) is { } root)
            {
                Walk(path, root, parent: string.Empty, texts);
            }
        }

        return texts;
    }

    private static void Walk(string file, YamlNode node, string parent, List<UserFacingText> texts)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (keyNode, value) in map.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                    var shown = !EditorMaps.Contains(parent) && (ShownMaps.Contains(parent) || ShownKeys.Contains(key));
                    if (value is YamlScalarNode { Value: { } text } scalar && shown && !IsGuidanceNote(map, key))
                    {
                        texts.Add(new UserFacingText(file, (int)scalar.Start.Line, (int)scalar.Start.Column, key, parent, text, map));
                    }
                    else
                    {
                        Walk(file, value, key, texts);
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Walk(file, item, parent, texts);
                }

                break;
        }
    }

    // A guidance entry's 'note' is for editors (a resource card shows its title, publisher and summary).
    private static bool IsGuidanceNote(YamlMappingNode map, string key)
        => key == "note" && map.Children.ContainsKey(new YamlScalarNode("publisher"));
}
