using SignpostBot.Content.Loading;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Every EU and EEA country the bot knows offers a child a child line: its own checked <c>childHelpline</c>, or the
/// European 116 111 through <c>childHelpline</c> in international.yaml. Without this, a child abroad who says "for
/// me" gets no child line at all.
/// </summary>
public static class ChildLines
{
    /// <summary>The 27 members of the EU and the EEA's Iceland, Liechtenstein and Norway (ISO 3166 codes).</summary>
    public static readonly IReadOnlySet<string> EuropeanEconomicArea = new HashSet<string>(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
        "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    };

    public static void Check(KnowledgeBase knowledge, KnowledgeIndex index, ContentErrors errors)
    {
        foreach (var country in knowledge.Countries.Where(c => EuropeanEconomicArea.Contains(c.Code) && knowledge.ChildHelplineFor(c) is null))
        {
            var (line, column) = index.Countries.TryGetValue(country.Name, out var at) ? at : (1, 1);
            errors.Add(new ContentError(index.CountriesFile, line, column,
                $"{country.Name} is in the EU or EEA but offers a child no child line. Give it a checked national 'childHelpline', "
                + $"or add {country.Code} to 'childHelpline.countries' in international.yaml (the European 116 111)."));
        }
    }
}
