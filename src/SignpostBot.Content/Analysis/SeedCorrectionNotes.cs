using SignpostBot.Content.Loading;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// A hotline taken from the seed page whose shipped number is not one of the numbers in its <c>seed.text</c> must say
/// why in <c>seed.note</c>. Both checks people rely on miss a changed digit: libphonenumber accepts many wrong
/// numbers, and the seed-list check finds the seed's number in <c>seed.text</c> kept beside the mistake.
/// </summary>
public static class SeedCorrectionNotes
{
    public static void Check(KnowledgeBase knowledge, KnowledgeIndex index, ContentErrors errors)
    {
        foreach (var hotline in knowledge.Countries.SelectMany(c => c.Hotlines).Concat(knowledge.International))
        {
            if (hotline.Seed is not { Note: null } seed)
            {
                continue;
            }

            var seedNumbers = SeedHotlines.Numbers(seed.Text);
            foreach (var phone in hotline.Phones.Where(p => !seedNumbers.Any(n => SameNumber(n, p))))
            {
                var at = index.Entries.FirstOrDefault(e => e.Id == hotline.Id);
                errors.Add(new ContentError(at?.File ?? index.CountriesFile, at?.Line ?? 1, at?.Column ?? 1,
                    $"'{hotline.Id}' ships {phone.Display}, which is not a number in its seed text \"{seed.Text}\". If you corrected it, say why in 'seed.note' "
                    + "(and add it to the corrections table in knowledge/README.md); if not, copy the number again from its source."));
            }
        }
    }

    /// <summary>The same digits as written, or as dialled from abroad (+ or 00 before the country code).</summary>
    private static bool SameNumber(string seedDigits, Phone phone)
    {
        var written = new string(phone.Display.Where(char.IsAsciiDigit).ToArray());
        var dialled = new string(phone.Dialable.Where(char.IsAsciiDigit).ToArray());
        return seedDigits == written || seedDigits == dialled || seedDigits == "00" + dialled;
    }
}
