using SignpostBot.Content.Loading;
using SignpostBot.Knowledge.Model;
using System.Text.Json;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// <c>confirmed</c> means the organisation's own page, or a government's, says so. So a confirmed entry's
/// <c>source</c> must be a web address on its own <c>url</c>'s site, or on a site listed in
/// <c>knowledge/official-sites.yaml</c> (governments, public bodies, and organisations that run a listed line).
/// A news page, a directory or another charity's page leaves the entry <c>to-verify</c>.
/// </summary>
public static class OfficialSources
{
    public static readonly string SitesFile = Pipeline.ContentFileKinds.OfficialSites.FileName!;

    /// <param name="sites">The listed domains (<see cref="ReadSites"/>).</param>
    public static void Check(KnowledgeBase knowledge, KnowledgeIndex index, IReadOnlyCollection<string> sites, ContentErrors errors)
    {
        var entries = knowledge.Countries.SelectMany(c => c.Hotlines).Concat(knowledge.International)
            .Select(h => (h.Id, h.Status, h.Source, h.Url))
            .Concat(knowledge.Guidance.Select(g => (g.Id, g.Status, g.Source, g.Url)));
        foreach (var (id, status, source, url) in entries.Where(e => e.Status == FactStatus.Confirmed))
        {
            if (IsOfficial(source, url, sites))
            {
                continue;
            }

            var at = index.Entries.FirstOrDefault(e => e.Id == id);
            errors.Add(new ContentError(at?.File ?? index.CountriesFile, at?.Line ?? 1, at?.Column ?? 1,
                $"'{id}' is 'confirmed', but its source ({source}) is not a page on the organisation's own site ({url?.Host ?? "no url"}) "
                + $"or on a government's listed in {SitesFile}. Set status: to-verify (and remove 'verified'), or give the page on their own site as the source."));
        }
    }

    /// <summary>Whether the source is a web page on the entry's own site or on a listed official site (subdomains count).</summary>
    public static bool IsOfficial(string source, Uri? url, IReadOnlyCollection<string> sites)
    {
        if (!Uri.TryCreate(source.Trim(), UriKind.Absolute, out var page) || page.Scheme is not ("https" or "http"))
        {
            return false;
        }

        var host = Bare(page.Host);
        return (url is not null && SameSite(host, Bare(url.Host))) || sites.Any(site => SameSite(host, site));
    }

    private static bool SameSite(string host, string site)
        => host == site || host.EndsWith("." + site, StringComparison.Ordinal) || site.EndsWith("." + host, StringComparison.Ordinal);

    private static string Bare(string host)
    {
        host = host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The listed domains of the parsed official-sites.yaml; none when it is missing or broken (its checks report why).</summary>
    public static IReadOnlyList<string> ReadSites(ContentDocument? sitesFile)
        => sitesFile is null || sitesFile.Root.ValueKind != JsonValueKind.Object
            || !sitesFile.Root.TryGetProperty("sites", out var list) || list.ValueKind != JsonValueKind.Array
            ? []
            : list.EnumerateArray()
                .Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("domain", out var d) && d.ValueKind == JsonValueKind.String)
                .Select(s => Bare(s.GetProperty("domain").GetString()!))
                .ToList();
}
