using System.Globalization;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Analysis;

/// <summary>Where an entry of knowledge/ is written: its file, the line of its id, and its <c>verified</c> date.</summary>
public sealed record KnowledgeEntry(string Kind, string Id, string File, int Line, int Column, string? Verified, int VerifiedLine, int VerifiedColumn, string? Country);

/// <summary>
/// The hotlines and guidance of <c>knowledge/</c> with their places in the files, for the cross-file checks that
/// point at the line to change. Made from the loaded entries and the places the pipeline's one parse recorded: the
/// files are not read again.
/// </summary>
public sealed class KnowledgeIndex
{
    public const string Hotline = "hotline";
    public const string Guidance = "guidance";

    private KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyDictionary<string, (int Line, int Column)> countries, string countriesFile)
    {
        Entries = entries;
        Countries = countries;
        CountriesFile = countriesFile;
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    /// <summary>The line of each country entry in countries.yaml, by English name.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> Countries { get; }

    public string CountriesFile { get; }

    /// <param name="countriesFile">The name errors give countries.yaml, for a problem no entry locates.</param>
    public static KnowledgeIndex From(LoadedKnowledge knowledge, string countriesFile)
    {
        var countries = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in knowledge.Countries.Where(c => c.Location is not null))
        {
            countries[country.Name] = (country.Location!.Line, country.Location.Column);
        }

        var entries = knowledge.Countries.SelectMany(c => c.Hotlines.Select(h => Entry(Hotline, h.Id, h.Location, h.Verified, h.VerifiedLocation, c.Name)))
            .Concat(knowledge.International.Select(h => Entry(Hotline, h.Id, h.Location, h.Verified, h.VerifiedLocation, null)))
            .Concat(knowledge.Guidance.Select(g => Entry(Guidance, g.Id, g.Location, g.Verified, g.VerifiedLocation, null)))
            .OfType<KnowledgeEntry>()
            .ToList();
        return new KnowledgeIndex(entries, countries, countriesFile);
    }

    private static KnowledgeEntry? Entry(string kind, string id, Knowledge.Model.SourceLocation? at, DateOnly? verified, Knowledge.Model.SourceLocation? verifiedAt, string? country)
    {
        if (at is null)
        {
            return null;
        }

        var date = verified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dateAt = verified is null ? at : verifiedAt ?? at;
        return new KnowledgeEntry(kind, id, at.File, at.Line, at.Column, date, dateAt.Line, dateAt.Column, country);
    }
}
