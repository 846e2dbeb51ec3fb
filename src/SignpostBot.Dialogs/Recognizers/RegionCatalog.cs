using System.Globalization;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>One region as .NET knows it: its codes and every English and native name the specific cultures give it.</summary>
internal sealed record RegionNames(string Code, string ThreeLetterCode, List<string> Names);

/// <summary>
/// Every region .NET knows (from <see cref="CultureInfo.GetCultures(CultureTypes)"/> and <see cref="RegionInfo"/>), read
/// once per process. The everyday names .NET does not use ("Ivory Coast", "DRC", "Hong Kong") are language data, in
/// <c>dialogs/language/</c> (<see cref="RecognizerWords.CountryNames"/>).
/// </summary>
internal static class RegionCatalog
{
    private static readonly Lazy<IReadOnlyList<RegionNames>> Lazy = new(Load);

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

        return [.. byCode.Values];
    }

    // "Myanmar (Burma)" is "Myanmar" and "Burma"; "Hong Kong SAR China" is found as "Hong Kong" from the everyday names.
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
