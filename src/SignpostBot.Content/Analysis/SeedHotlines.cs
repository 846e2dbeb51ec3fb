using SignpostBot.Dialogs.Content;
using System.Text.RegularExpressions;
using SignpostBot.Content.Loading;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Every number on the seed page's hotline list must still be in knowledge/: shipped as a phone, or kept as the seed's
/// wording in a hotline's <c>seed.text</c> when the number was corrected. A hotline deleted by mistake is caught here.
/// </summary>
public static partial class SeedHotlines
{
    public const string SeedFileName = "000_0ac5382b47ad0e02.txt";
    private const string ListStart = "National hotlines";
    private const string ListEnd = "Resources and useful links";

    /// <summary>A number on the seed's list, with the country heading above it and its line in the seed.</summary>
    public sealed record SeedNumber(string Country, string Text, string Digits, int Line);

    /// <summary>The seed file in <c>shared/seeds/</c> in the folder or any folder above it; null when there is none.</summary>
    public static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds", SeedFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static IReadOnlyList<SeedNumber> Read(string seedText, IEnumerable<string> countryNames)
    {
        var names = countryNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = seedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var numbers = new List<SeedNumber>();
        var inList = false;
        var country = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == ListStart)
            {
                inList = true;
                continue;
            }

            if (line == ListEnd)
            {
                break;
            }

            if (!inList)
            {
                continue;
            }

            if (names.Contains(line))
            {
                country = line;
                continue;
            }

            foreach (var (text, digits) in PhoneNumbersIn(line))
            {
                numbers.Add(new SeedNumber(country, text, digits, i + 1));
            }
        }

        return numbers;
    }

    /// <summary>The digits of each phone number written in a text, as the seed page writes them (only the digits, without the spaces, dashes, slashes and brackets between them).</summary>
    public static IReadOnlyList<string> Numbers(string text) => PhoneNumbersIn(text).Select(n => n.Digits).ToList();

    private static IEnumerable<(string Text, string Digits)> PhoneNumbersIn(string line)
    {
        foreach (Match match in PhoneLike().Matches(line.Replace("24/7", string.Empty, StringComparison.Ordinal)))
        {
            var digits = Digits(match.Value);
            if (digits.Length >= 3)
            {
                yield return (match.Value.Trim(), digits);
            }
        }
    }

    public static void Check(string seedPath, KnowledgeBase knowledge, KnowledgeIndex index, ContentErrors errors)
    {
        var hotlines = knowledge.Countries.SelectMany(c => c.Hotlines).Concat(knowledge.International).ToList();
        var shipped = hotlines.SelectMany(h => h.Phones).Select(p => Digits(p.Display)).ToHashSet(StringComparer.Ordinal);
        var seedTexts = hotlines.Select(h => Digits(h.Seed?.Text ?? string.Empty)).Where(d => d.Length > 0).ToList();
        var numbers = Read(File.ReadAllText(seedPath), knowledge.Countries.Select(c => c.Name));
        if (numbers.Count == 0)
        {
            errors.Add(new ContentError(seedPath, 1, 1, $"No numbers found between '{ListStart}' and '{ListEnd}': is this the seed page?"));
            return;
        }

        foreach (var number in numbers.Where(n => !shipped.Contains(n.Digits) && !seedTexts.Exists(t => t.Contains(n.Digits, StringComparison.Ordinal))))
        {
            var (line, column) = index.Countries.TryGetValue(number.Country, out var at) ? at : (1, 1);
            var where = number.Country.Length > 0 ? number.Country : "a country";
            errors.Add(new ContentError(index.CountriesFile, line, column,
                $"The seed page lists {where}'s number '{number.Text}' (seed line {number.Line}), but no hotline in knowledge/ has it. "
                + "Put the hotline back; if the number changed, keep the seed's wording in that hotline's 'seed.text' and say why in 'seed.note'."));
        }
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex(@"\+?[ ]?\d[\d \-/()]{1,}\d")]
    private static partial Regex PhoneLike();
}
