using System.Text.RegularExpressions;
using SignpostBot.Content.Loading;
using System.Text.Json;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Every <c>{placeholder}</c> a person could see must be one the bot fills for that field, so none is ever shown as
/// written or left empty: <c>{country}</c> only in a country list's text (with <c>countryHotlines</c>), in
/// <c>unknownCountryText</c> and in the <c>countryOnly</c> label; <c>{inCountry}</c> (being in a listed country, in the
/// words its language needs: "in the United Kingdom") in the same places but <c>unknownCountryText</c>, which may name any
/// country of the world, for which the bot has only the name; <c>{numbers}</c>, <c>{number}</c>, <c>{hours}</c> and
/// <c>{languages}</c> only in their labels. <c>noCountryText</c> has none: there is no country to name.
/// </summary>
public static partial class Placeholders
{
    /// <summary>
    /// The field that may name any country, listed or not: only the name standing alone (<c>{country}</c>) fits there,
    /// since the bot has the words for being in a country (<c>{inCountry}</c>) only for the countries the knowledge lists.
    /// </summary>
    public const string AnyCountryField = "unknownCountryText";

    public static void Check(IReadOnlyList<UserFacingText> texts, ContentErrors errors)
    {
        foreach (var text in texts)
        {
            var allowed = Allowed(text);
            foreach (Match match in Placeholder().Matches(text.Text))
            {
                var name = match.Groups[1].Value;
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    errors.Add(new ContentError(text.File, text.Line, text.Column,
                        $"'{{{name}}}' in '{text.Key}' is never filled in there, so a person would see it as written or empty. "
                        + (allowed.Count == 0 ? "Write the words instead." : $"Only {string.Join(", ", allowed.Select(a => "{" + a + "}"))} can be used here.")));
                }
            }
        }
    }

    private static IReadOnlyList<string> Allowed(UserFacingText text) => (text.Parent, text.Key) switch
    {
        ("labels", "emergency") => ["numbers"],
        ("labels", "call") => ["number"],
        ("labels", "hours") => ["hours"],
        ("labels", "languages") => ["languages"],
        ("labels", "countryOnly") => ["country", "inCountry"],
        (_, AnyCountryField) => ["country"],
        (_, "text") when ListsCountry(text.Owner) => ["country", "inCountry"],
        _ => [],
    };

    private static bool ListsCountry(JsonElement signpost)
        => signpost.TryGetProperty("countryHotlines", out var value)
            && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && value.GetString() is "yes" or "true"));

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
