using PhoneNumbers;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Knowledge.Phones;

/// <summary>
/// Checks a written phone number with libphonenumber for the country it belongs to and gives its dialable form.
/// Short codes (999, 116 111, 1109) are checked as short numbers and dial as written; everything else dials in E.164.
/// </summary>
public static class PhoneNumberChecker
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();
    private static readonly ShortNumberInfo ShortNumbers = ShortNumberInfo.GetInstance();

    public static bool IsKnownRegion(string code) => Numbers.GetSupportedRegions().Contains(code);

    /// <param name="written">The number as the organisation writes it.</param>
    /// <param name="region">ISO 3166 code of the country it is dialled in; null for international short codes.</param>
    /// <param name="declaredShortCode">
    /// The content says this is a short code that a source confirms but libphonenumber's data does not list
    /// (e.g. Greece's 1109); it is accepted as written, with a warning so a person re-checks it.
    /// </param>
    public static PhoneCheck Check(string written, string? label, string? region, bool declaredShortCode = false)
    {
        var digits = new string(written.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        if (digits.Length == 0)
        {
            return PhoneCheck.Fail($"'{written}' has no digits.");
        }

        if (region is null)
        {
            return digits.Length is >= 3 and <= 6 && !digits.StartsWith('+')
                ? PhoneCheck.Ok(new Phone(written, "tel:" + digits, label, IsShortCode: true))
                : PhoneCheck.Fail($"'{written}' is listed as an international number, which must be a short code such as 112 or 116 000.");
        }

        PhoneNumber parsed;
        try
        {
            parsed = Numbers.Parse(written, region);
        }
        catch (NumberParseException ex)
        {
            return PhoneCheck.Fail($"'{written}' cannot be read as a phone number for {region} ({ex.ErrorType}).");
        }

        if (!digits.StartsWith('+') && (ShortNumbers.IsValidShortNumberForRegion(parsed, region) || ShortNumbers.IsEmergencyNumber(digits, region)))
        {
            return PhoneCheck.Ok(new Phone(written, "tel:" + digits, label, IsShortCode: true));
        }

        if (declaredShortCode)
        {
            return digits.Length is >= 3 and <= 8 && !digits.StartsWith('+')
                ? new PhoneCheck(new Phone(written, "tel:" + digits, label, IsShortCode: true), null,
                    $"'{written}' is not in libphonenumber's list of short codes for {region}; it ships because its source confirms it. Re-check it on the organisation's own site.")
                : PhoneCheck.Fail($"'{written}' is marked 'shortCode: yes' but a short code has 3 to 8 digits and no '+'.");
        }

        var valid = digits.StartsWith('+') || written.TrimStart().StartsWith("00", StringComparison.Ordinal)
            ? Numbers.IsValidNumber(parsed)
            : Numbers.IsValidNumberForRegion(parsed, region);
        if (!valid)
        {
            return PhoneCheck.Fail($"'{written}' is not a valid phone number for {region}: check for a missing or extra digit.");
        }

        var e164 = Numbers.Format(parsed, PhoneNumberFormat.E164);
        return PhoneCheck.Ok(new Phone(written, "tel:" + e164, label, IsShortCode: false));
    }
}

public sealed record PhoneCheck(Phone? Phone, string? Problem, string? Warning = null)
{
    public static PhoneCheck Ok(Phone phone) => new(phone, null);

    public static PhoneCheck Fail(string problem) => new(null, problem);
}
