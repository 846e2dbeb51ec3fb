using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// Puts text into the one form every recognizer compares: lower case, no diacritics on Latin, Greek and Cyrillic
/// letters ("România" → "romania", "Łódź" → "lodz"), Arabic-script letter variants folded ("أ" → "ا"), punctuation and symbols (emoji included) turned into single
/// spaces, any script's letters and digits kept (digits of every script become ASCII digits).
/// </summary>
public static class TextNormalizer
{
    private const int StackLimit = 256;

    // Letters of Latin-1 Supplement .. Cyrillic Supplement and of Latin Extended Additional / Greek Extended,
    // folded once: lower-cased, decomposed, combining marks dropped, and the letters without a decomposition mapped by hand.
    private const int LowStart = 0x00C0;
    private const int LowEnd = 0x0530;
    private const int HighStart = 0x1E00;
    private const int HighEnd = 0x2000;
    private static readonly string[] LowFold = BuildFold(LowStart, LowEnd);
    private static readonly string[] HighFold = BuildFold(HighStart, HighEnd);

    private enum Previous
    {
        None,
        Space,
        Folded,      // a Latin, Greek or Cyrillic letter, or a digit: combining marks after it are dropped
        OtherLetter, // any other script: combining marks (Devanagari vowel signs, kana voicing) are part of the word
    }

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        // Output is never longer than twice the input ("ß" → "ss", one surrogate pair → two chars at most).
        char[]? rented = null;
        var buffer = text.Length <= StackLimit
            ? stackalloc char[StackLimit * 2]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length * 2));
        try
        {
            var length = Fold(text, buffer);
            var result = buffer[..length];
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// A regular expression (for <see cref="System.Text.RegularExpressions.RegexOptions.IgnoreCase"/>) that finds
    /// <paramref name="phrase"/> in text as it was typed: a letter written bare matches with or without accents
    /// ("khong" finds "không"), a letter written with its accent must be typed with it ("có" does not find the Polish
    /// "co"), precomposed or combining; words are apart by spaces or punctuation. What stands before or after the
    /// phrase is not checked.
    /// </summary>
    public static string Pattern(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var builder = new StringBuilder();
        var apart = false;
        foreach (var rune in phrase.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue; // a mark the letter before it may or may not carry: \p{M}* below
            }

            var folded = Normalize(rune.ToString());
            if (folded.Length == 0 || folded.Contains(' ', StringComparison.Ordinal))
            {
                apart = builder.Length > 0;
                continue;
            }

            if (apart)
            {
                builder.Append(@"[\s\p{P}\p{S}]+");
                apart = false;
            }

            var lower = Rune.ToLowerInvariant(rune).ToString();
            if (folded != lower)
            {
                // Written with its accent: that letter, precomposed or decomposed.
                builder.Append("(?:").Append(Regex.Escape(lower)).Append('|').Append(Regex.Escape(lower.Normalize(NormalizationForm.FormD))).Append(')');
            }
            else if (folded.Length == 1)
            {
                builder.Append('[').Append(EscapeInClass(folded[0]));
                foreach (var variant in Variants.Value.GetValueOrDefault(folded[0], string.Empty))
                {
                    builder.Append(EscapeInClass(variant));
                }

                builder.Append(']');
            }
            else
            {
                builder.Append(Regex.Escape(folded)); // a letter outside the Basic Multilingual Plane
            }

            builder.Append(@"\p{M}*");
        }

        return builder.ToString();
    }

    public static string[] Tokenize(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static int Fold(string text, Span<char> output)
    {
        var length = 0;
        var previous = Previous.None;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                i++;
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    output[length++] = c;
                    previous = Previous.Folded;
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    output[length++] = (char)(c | 0x20);
                    previous = Previous.Folded;
                }
                else
                {
                    AppendSpace(output, ref length, ref previous);
                }

                continue;
            }

            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done)
            {
                i++; // a lone surrogate
                AppendSpace(output, ref length, ref previous);
                continue;
            }

            i += consumed;
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                    AppendLetter(rune, output, ref length, ref previous);
                    break;
                case UnicodeCategory.DecimalDigitNumber:
                    output[length++] = (char)('0' + (int)Rune.GetNumericValue(rune));
                    previous = Previous.Folded;
                    break;
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                    if (previous == Previous.OtherLetter && !IsDroppedMark(rune.Value))
                    {
                        length += rune.EncodeToUtf16(output[length..]);
                    }

                    break;
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.Format: // zero-width joiners, bidi marks, soft hyphens: not even a space
                    break;
                default:
                    AppendSpace(output, ref length, ref previous);
                    break;
            }
        }

        if (length > 0 && output[length - 1] == ' ')
        {
            length--;
        }

        return length;
    }

    private static void AppendLetter(Rune rune, Span<char> output, ref int length, ref Previous previous)
    {
        var value = rune.Value;
        string? folded = value switch
        {
            >= LowStart and < LowEnd => LowFold[value - LowStart],
            >= HighStart and < HighEnd => HighFold[value - HighStart],
            _ => null,
        };
        if (folded is not null)
        {
            folded.CopyTo(output[length..]);
            length += folded.Length;
            previous = Previous.Folded;
            return;
        }

        if (value is >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A)
        {
            output[length++] = (char)((value - 0xFEE0) | 0x20); // full-width Latin
            previous = Previous.Folded;
            return;
        }

        if (value == 0x0640)
        {
            return; // Arabic tatweel only stretches a word
        }

        if (ArabicFold(value) is var arabic and not '\0')
        {
            output[length++] = arabic;
            previous = Previous.OtherLetter;
            return;
        }

        length += Rune.ToLowerInvariant(rune).EncodeToUtf16(output[length..]);
        previous = Previous.OtherLetter;
    }

    private static void AppendSpace(Span<char> output, ref int length, ref Previous previous)
    {
        if (previous is not (Previous.None or Previous.Space))
        {
            output[length++] = ' ';
            previous = Previous.Space;
        }
    }

    /// <summary>
    /// Arabic-script letters people type either way: alef with hamza or madda is written as bare alef ("أريد" and
    /// "اريد"), hamza on waw and ya as bare waw and ya, teh marbuta as heh, alef maksura and the Persian yeh as Arabic
    /// yeh, the Persian keheh as Arabic kaf (Persian typed on an Arabic keyboard). 0 for any other letter.
    /// </summary>
    private static char ArabicFold(int value) => value switch
    {
        0x0622 or 0x0623 or 0x0625 or 0x0671 => '\u0627',
        0x0624 => '\u0648',
        0x0626 => '\u064A',
        0x0629 => '\u0647',
        0x0649 or 0x06CC => '\u064A',
        0x06A9 => '\u0643',
        _ => '\0',
    };

    // Arabic short vowels and shadda are optional in writing; variation selectors only pick a glyph.
    private static bool IsDroppedMark(int value) =>
        value is >= 0x064B and <= 0x065F or 0x0670 or >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF;

    // Every letter that folds to one other letter, by what it folds to: 'o' → "òóôõöøōŏőơǒ…".
    private static readonly Lazy<Dictionary<char, string>> Variants = new(BuildVariants);

    private static Dictionary<char, string> BuildVariants()
    {
        var variants = new Dictionary<char, StringBuilder>();
        void Add(char folded, char letter) => (variants.TryGetValue(folded, out var b) ? b : variants[folded] = new StringBuilder()).Append(letter);
        foreach (var (table, start) in new[] { (LowFold, LowStart), (HighFold, HighStart) })
        {
            for (var i = 0; i < table.Length; i++)
            {
                if (table[i] is { Length: 1 } folded && folded[0] != (char)(start + i))
                {
                    Add(folded[0], (char)(start + i));
                }
            }
        }

        for (var value = 0x0600; value < 0x0700; value++)
        {
            if (ArabicFold(value) is var bare and not '\0')
            {
                Add(bare, (char)value);
            }
        }

        return variants.ToDictionary(v => v.Key, v => v.Value.ToString());
    }

    private static string EscapeInClass(char c) => c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString();

    private static string[] BuildFold(int start, int end)
    {
        var table = new string[end - start];
        for (var value = start; value < end; value++)
        {
            var c = (char)value;
            if (!char.IsLetter(c))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            table[value - start] = lower switch
            {
                'ß' or 'ẞ' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'ø' => "o",
                'ı' => "i",
                'ħ' => "h",
                'ŧ' => "t",
                'ŀ' => "l",
                'ſ' => "s",
                'ς' => "σ",
                _ => StripMarks(lower).ToLowerInvariant(), // "İ" has no invariant lower case, but "I" + dot above does
            };
        }

        return table;
    }

    private static string StripMarks(char letter)
    {
        var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.Length == 0 ? letter.ToString() : builder.ToString();
    }
}
