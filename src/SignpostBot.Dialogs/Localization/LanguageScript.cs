namespace SignpostBot.Dialogs.Localization;

/// <summary>
/// Which writing system a letter belongs to, by its Unicode block (The Unicode Standard, "Blocks.txt"), for the
/// scripts languages are commonly written in. Tells a message the bot cannot read at all (Chinese when no language it
/// speaks is written in Han) from one in a language it may simply not know well.
/// </summary>
public static class LanguageScript
{
    /// <summary>Letters outside every block below.</summary>
    public const string Other = "Other";

    // (first, last, script): the letter blocks of each script; Latin includes Latin-1, Extended-A/B and Vietnamese.
    private static readonly (char First, char Last, string Script)[] Blocks =
    [
        ('\u0041', '\u024F', "Latin"),
        ('\u1E00', '\u1EFF', "Latin"),
        ('\u0370', '\u03FF', "Greek"),
        ('\u0400', '\u052F', "Cyrillic"),
        ('\u0530', '\u058F', "Armenian"),
        ('\u0590', '\u05FF', "Hebrew"),
        ('\u0600', '\u06FF', "Arabic"),
        ('\u0750', '\u077F', "Arabic"),
        ('\u08A0', '\u08FF', "Arabic"),
        ('\uFB50', '\uFDFF', "Arabic"),
        ('\uFE70', '\uFEFF', "Arabic"),
        ('\u0900', '\u097F', "Devanagari"),
        ('\u0980', '\u09FF', "Bengali"),
        ('\u0A00', '\u0A7F', "Gurmukhi"),
        ('\u0B80', '\u0BFF', "Tamil"),
        ('\u0E00', '\u0E7F', "Thai"),
        ('\u10A0', '\u10FF', "Georgian"),
        ('\u1100', '\u11FF', "Hangul"),
        ('\uAC00', '\uD7AF', "Hangul"),
        ('\u1200', '\u139F', "Ethiopic"),
        ('\u2D80', '\u2DDF', "Ethiopic"),
        ('\u3040', '\u30FF', "Kana"),
        ('\u3400', '\u4DBF', "Han"),
        ('\u4E00', '\u9FFF', "Han"),
    ];

    /// <summary>The script of a letter, or <see cref="Other"/>.</summary>
    public static string Of(char letter)
    {
        foreach (var (first, last, script) in Blocks)
        {
            if (letter >= first && letter <= last)
            {
                return script;
            }
        }

        return Other;
    }

    /// <summary>The script most of a text's letters are in, or null when it has no letters.</summary>
    public static string? Main(string text)
    {
        Dictionary<string, int>? counts = null;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var script = Of(c);
                counts[script] = counts.GetValueOrDefault(script) + 1;
            }
        }

        return counts?.MaxBy(c => c.Value).Key;
    }
}
