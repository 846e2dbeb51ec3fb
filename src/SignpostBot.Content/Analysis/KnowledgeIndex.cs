using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SignpostBot.Content.Analysis;

/// <summary>Where an entry of knowledge/ is written: its file, the line of its id, and its <c>verified</c> date.</summary>
public sealed record KnowledgeEntry(string Kind, string Id, string File, int Line, int Column, string? Verified, int VerifiedLine, int VerifiedColumn, string? Country);

/// <summary>
/// The hotlines and guidance of <c>knowledge/</c> with their places in the files, read straight from the YAML so
/// cross-file checks can point at the line to change. The loader has already checked the fields.
/// </summary>
public sealed class KnowledgeIndex
{
    public const string Hotline = "hotline";
    public const string Guidance = "guidance";

    private KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyDictionary<string, (int Line, int Column)> countries)
    {
        Entries = entries;
        Countries = countries;
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    /// <summary>The line of each country entry in countries.yaml, by English name.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> Countries { get; }

    public string CountriesFile { get; private init; } = string.Empty;

    public static KnowledgeIndex Read(string knowledgeDirectory)
    {
        var entries = new List<KnowledgeEntry>();
        var countries = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        var countriesFile = Path.Combine(knowledgeDirectory, KnowledgeLoader.CountriesFile);
        if (YamlRoot.Read(countriesFile) is { } root)
        {
            foreach (var country in Items(root, "countries"))
            {
                var name = Scalar(country, "name");
                if (name is not null)
                {
                    countries[name] = ((int)country.Start.Line, (int)country.Start.Column);
                }

                entries.AddRange(Items(country, "hotlines").Select(h => Entry(Hotline, countriesFile, h, name)));
            }
        }

        var internationalFile = Path.Combine(knowledgeDirectory, KnowledgeLoader.InternationalFile);
        if (YamlRoot.Read(internationalFile) is { } international)
        {
            entries.AddRange(Items(international, "hotlines").Select(h => Entry(Hotline, internationalFile, h, null)));
        }

        var guidanceFile = Path.Combine(knowledgeDirectory, KnowledgeLoader.GuidanceFile);
        if (YamlRoot.Read(guidanceFile) is { } guidance)
        {
            entries.AddRange(Items(guidance, "resources").Select(r => Entry(Guidance, guidanceFile, r, null)));
        }

        return new KnowledgeIndex(entries, countries) { CountriesFile = countriesFile };
    }

    private static KnowledgeEntry Entry(string kind, string file, YamlMappingNode map, string? country)
    {
        var id = Node(map, "id");
        var verified = Node(map, "verified");
        var at = id?.Start ?? map.Start;
        var verifiedAt = verified?.Start ?? at;
        return new KnowledgeEntry(
            kind, (id as YamlScalarNode)?.Value ?? string.Empty, file, (int)at.Line, (int)at.Column,
            (verified as YamlScalarNode)?.Value, (int)verifiedAt.Line, (int)verifiedAt.Column, country);
    }

    private static YamlNode? Node(YamlMappingNode map, string key)
        => map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } k } && k == key).Value;

    private static string? Scalar(YamlMappingNode map, string key) => (Node(map, key) as YamlScalarNode)?.Value;

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode map, string key)
        => (Node(map, key) as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [];
}
