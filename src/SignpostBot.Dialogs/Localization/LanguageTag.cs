namespace SignpostBot.Dialogs.Localization;

/// <summary>
/// A person's language as a short BCP 47 tag ("ro-RO", "sq", "zh-Hant-TW"), and the fallback chain a text is looked up
/// along: the tag, then each shorter tag, then English ("ro-RO" → "ro" → "en"), as Bot Framework language generation
/// and Rasa responses resolve theirs.
/// </summary>
public static class LanguageTag
{
    /// <summary>The language every text has: the content's inline text.</summary>
    public const string English = "en";

    /// <summary>State keeps the tag small: a language and at most two more subtags, this many characters in all.</summary>
    public const int MaxLength = 16;

    private const int MaxSubtags = 3;

    /// <summary>
    /// The tag in its usual casing ("RO_ro" → "ro-RO", "zh-hant-tw" → "zh-Hant-TW"), cut to three subtags; null when
    /// the value is not a language tag (empty, too long, a first subtag that is not 2 or 3 letters, other characters).
    /// </summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        if (IsNormalized(tag))
        {
            return tag; // the usual case ("en-GB" from every activity of a conversation's first turn): nothing to allocate
        }

        var parts = tag.Trim().Replace('_', '-').Split('-');
        if (parts[0].Length is not (2 or 3) || !IsAsciiLetters(parts[0]))
        {
            return null;
        }

        var kept = new List<string>(MaxSubtags) { parts[0].ToLowerInvariant() };
        for (var i = 1; i < parts.Length && kept.Count < MaxSubtags; i++)
        {
            var part = parts[i];
            if (part.Length is 0 or > 8 || !part.All(char.IsAsciiLetterOrDigit))
            {
                return null;
            }

            kept.Add(part.Length switch
            {
                2 when IsAsciiLetters(part) => part.ToUpperInvariant(),                               // region: RO
                4 when IsAsciiLetters(part) => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant(), // script: Hant
                _ => part.ToLowerInvariant(),                                                          // region 419, variant ploc
            });
        }

        var normalized = string.Join('-', kept);
        return normalized.Length <= MaxLength ? normalized : null;
    }

    /// <summary>The tags to try for a language, most specific first and English last: "ro-RO" → ["ro-RO", "ro", "en"].</summary>
    public static IReadOnlyList<string> Chain(string? language)
    {
        var chain = new List<string>(MaxSubtags + 1);
        for (var tag = Normalize(language); tag is not null; tag = Parent(tag))
        {
            chain.Add(tag);
        }

        if (!chain.Contains(English))
        {
            chain.Add(English);
        }

        return chain;
    }

    /// <summary>The tag one step up the chain ("ro-RO" → "ro"), or null for a bare language.</summary>
    public static string? Parent(string tag)
    {
        var dash = tag.LastIndexOf('-');
        return dash > 0 ? tag[..dash] : null;
    }

    private static bool IsAsciiLetters(string text) => text.All(char.IsAsciiLetter);

    private static bool IsNormalized(string tag)
    {
        if (tag.Length > MaxLength)
        {
            return false;
        }

        var subtags = 0;
        foreach (var range in tag.AsSpan().Split('-'))
        {
            var part = tag.AsSpan(range);
            var ok = ++subtags switch
            {
                1 => part.Length is 2 or 3 && !part.ContainsAnyExceptInRange('a', 'z'),
                > MaxSubtags => false,
                _ => part.Length switch
                {
                    2 when !part.ContainsAnyExceptInRange('A', 'Z') => true,
                    4 when char.IsAsciiLetterUpper(part[0]) && !part[1..].ContainsAnyExceptInRange('a', 'z') => true,
                    3 when !part.ContainsAnyExceptInRange('0', '9') => true,
                    >= 5 and <= 8 => IsLowerAlphanumeric(part),
                    _ => false,
                },
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only a to z and 0 to 9: a variant subtag in its usual casing.</summary>
    private static bool IsLowerAlphanumeric(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
