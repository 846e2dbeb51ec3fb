using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SignpostBot.Dialogs.Localization;

/// <summary>
/// Fills a text's placeholders (<c>{country}</c>, <c>{number}</c>, ...): the one formatter every template goes through,
/// so a translation keeps working wherever its placeholder moves in the sentence.
/// </summary>
public static partial class TextFormatter
{
    /// <summary>The person's country, in a signpost's text: its name standing alone ("(United Kingdom)", "United Kingdom only").</summary>
    public const string Country = "country";

    /// <summary>
    /// Being in the person's country, in the words its language needs ("in the United Kingdom", "no Reino Unido"): only
    /// for a country the knowledge lists, so only where <see cref="Country"/> is one of those.
    /// </summary>
    public const string InCountry = "inCountry";

    /// <summary>One phone number, in the call button label.</summary>
    public const string Number = "number";

    /// <summary>The emergency numbers joined with the "or" label.</summary>
    public const string Numbers = "numbers";

    /// <summary>A hotline's opening hours.</summary>
    public const string Hours = "hours";

    /// <summary>The languages a hotline speaks.</summary>
    public const string Languages = "languages";

    // "{name}" for the names above, made once: a template is filled on many turns.
    private static readonly FrozenDictionary<string, string> Tokens =
        new[] { Country, InCountry, Number, Numbers, Hours, Languages }.ToFrozenDictionary(n => n, n => "{" + n + "}", StringComparer.Ordinal);

    /// <summary>The template with every <c>{name}</c> replaced by <paramref name="value"/>.</summary>
    public static string Format(string template, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(template);
        var token = Tokens.GetValueOrDefault(name) ?? "{" + name + "}";
        return template.Replace(token, value, StringComparison.Ordinal);
    }

    /// <summary>A template with a listed country's two forms filled: its name (<see cref="Country"/>) and being there (<see cref="InCountry"/>).</summary>
    public static string Format(string template, CountryTexts country)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(country);
        return Format(Format(template, Country, country.Name), InCountry, country.In);
    }

    /// <summary>The placeholder names a text uses, for checking that a translation keeps every one.</summary>
    public static IReadOnlySet<string> Placeholders(string text)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match match in PlaceholderPattern().Matches(text))
        {
            names.Add(match.Groups[1].Value);
        }

        return names;
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
