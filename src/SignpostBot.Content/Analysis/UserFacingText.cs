using System.Globalization;
using System.Text.Json;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Analysis;

/// <summary>One sentence or label a person reads, where it is written, and the map it belongs to (to read its neighbours).</summary>
/// <param name="Key">The field it is written under (<c>summary</c>, <c>say</c>, <c>unknownCountryText</c>…).</param>
/// <param name="Parent">The field holding that map (<c>labels</c>, <c>signpost</c>, <c>onChannel</c>…), or empty.</param>
public sealed record UserFacingText(string File, int Line, int Column, string Key, string Parent, string Text, JsonElement Owner);

/// <summary>
/// The texts a person sees in the parsed files of dialogs/ and knowledge/, with their lines, for the checks that read
/// wording (placeholders, talk of the seed page). Ids, phrases, sources and notes for editors are not read.
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

    /// <summary>The texts of the pipeline's parsed files (each file parsed once, for every check).</summary>
    public static IReadOnlyList<UserFacingText> Read(IEnumerable<ContentDocument> documents)
    {
        var texts = new List<UserFacingText>();
        foreach (var document in documents.OrderBy(d => d.File, StringComparer.Ordinal))
        {
            if (document.Root.ValueKind == JsonValueKind.Object)
            {
                Walk(document, document.Root, string.Empty, parent: string.Empty, texts);
            }
        }

        return texts;
    }

    private static void Walk(ContentDocument document, JsonElement node, string pointer, string parent, List<UserFacingText> texts)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in node.EnumerateObject())
                {
                    var key = property.Name;
                    var at = pointer + "/" + RecordingParser.Escape(key);
                    var shown = !EditorMaps.Contains(parent) && (ShownMaps.Contains(parent) || ShownKeys.Contains(key));
                    if (property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array) && shown && !IsGuidanceNote(node, key))
                    {
                        var start = document.StartOf(at) ?? YamlDotNet.Core.Mark.Empty;
                        var text = document.ScalarAt(at) ?? (property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText()) ?? string.Empty;
                        texts.Add(new UserFacingText(document.File, (int)start.Line, (int)start.Column, key, parent, text, node));
                    }
                    else
                    {
                        Walk(document, property.Value, at, key, texts);
                    }
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in node.EnumerateArray())
                {
                    Walk(document, item, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), parent, texts);
                    i++;
                }

                break;
        }
    }

    // A guidance entry's 'note' is for editors (a resource card shows its title, publisher and summary).
    private static bool IsGuidanceNote(JsonElement map, string key)
        => key == "note" && map.TryGetProperty("publisher", out _);
}
