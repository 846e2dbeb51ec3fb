using System.Globalization;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>One region as .NET knows it: its codes and every English and native name the specific cultures give it.</summary>
internal sealed record RegionNames(string Code, string ThreeLetterCode, List<string> Names);

/// <summary>
/// Every region .NET knows (from <see cref="CultureInfo.GetCultures(CultureTypes)"/> and <see cref="RegionInfo"/>), read
/// once per process, plus the everyday English names that .NET does not use ("Ivory Coast", "DRC", "Hong Kong").
/// </summary>
internal static class RegionCatalog
{
    private static readonly Lazy<IReadOnlyList<RegionNames>> Lazy = new(Load);

    // Names people use that are not .NET's EnglishName. The bot's knowledge files may add more.
    private static readonly (string Code, string Name)[] CommonNames =
    [
        ("US", "USA"), ("US", "United States of America"), ("GB", "UK"), ("GB", "Britain"), ("GB", "Great Britain"), ("GB", "England"),
        ("GB", "Scotland"), ("GB", "Wales"), ("GB", "Northern Ireland"), ("CZ", "Czech Republic"), ("CD", "DRC"), ("CD", "DR Congo"),
        ("CD", "Democratic Republic of the Congo"), ("CG", "Republic of the Congo"), ("CI", "Ivory Coast"), ("MM", "Burma"),
        ("SZ", "Swaziland"), ("MK", "Macedonia"), ("CV", "Cabo Verde"), ("TL", "East Timor"), ("VA", "Vatican"), ("VA", "Holy See"),
        ("KN", "Saint Kitts and Nevis"), ("LC", "Saint Lucia"), ("VC", "Saint Vincent and the Grenadines"), ("BA", "Bosnia"),
        ("BA", "Bosnia and Herzegovina"), ("HK", "Hong Kong"), ("MO", "Macau"), ("MO", "Macao"), ("AE", "UAE"), ("AE", "Emirates"),
        ("NL", "Holland"), ("RU", "Russian Federation"), ("PS", "Palestine"), ("VN", "Viet Nam"), ("TR", "Türkiye"),
        ("AG", "Antigua and Barbuda"), ("TT", "Trinidad and Tobago"), ("ST", "Sao Tome and Principe"), ("KR", "Republic of Korea"),
        ("MD", "Republic of Moldova"), ("TZ", "United Republic of Tanzania"), ("SY", "Syrian Arab Republic"), ("LA", "Lao"),
    ];

    internal static IReadOnlyList<RegionNames> All => Lazy.Value;

    private static List<RegionNames> Load()
    {
        var byCode = new Dictionary<string, RegionNames>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
            {
                continue; // "001" world, "150" Europe, "419" Latin America
            }

            if (!byCode.TryGetValue(code, out var entry))
            {
                entry = new RegionNames(code, region.ThreeLetterISORegionName, []);
                byCode.Add(code, entry);
            }

            AddName(entry.Names, region.EnglishName);
            AddName(entry.Names, region.NativeName);
        }

        foreach (var (code, name) in CommonNames)
        {
            if (byCode.TryGetValue(code, out var entry))
            {
                AddName(entry.Names, name);
            }
        }

        return [.. byCode.Values];
    }

    // "Myanmar (Burma)" is "Myanmar" and "Burma"; "Hong Kong SAR China" is found as "Hong Kong" from CommonNames.
    private static void AddName(List<string> names, string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = name.IndexOf(')', StringComparison.Ordinal);
        if (open >= 0 && close > open)
        {
            AddName(names, string.Concat(name.AsSpan(0, open), name.AsSpan(close + 1)));
            AddName(names, name[(open + 1)..close]);
            return;
        }

        name = name.Trim();
        if (name.Length > 0 && !names.Contains(name))
        {
            names.Add(name);
        }
    }
}
