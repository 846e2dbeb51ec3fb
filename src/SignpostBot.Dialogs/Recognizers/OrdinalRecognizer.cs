using System.Collections.Frozen;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>
/// Reads a position in a list from a short answer: digits ("2", "2.", "(2)", "#2", "2nd"), number words ("two"),
/// ordinals ("second", "the second one", "number two") and positions from the end ("last", "the one before the last"),
/// in every language of <see cref="NumberVocabulary"/>. The number has to be the message, give
/// or take a few filler words ("option 2", "2 please", from <c>dialogs/language/</c>): "I have 2 children" is not an answer.
/// </summary>
public static class OrdinalRecognizer
{
    private const int MaxTokens = 8;
    private const int MaxDigits = 4;

    // What may follow the digits of an ordinal: 1st 2nd 3rd 4th, 2e 2eme 1er 1re, 2do 2da 1ro 3ra 4to, 2de 1ste, 2a, 2º 2ª.
    private static readonly FrozenSet<string> DigitSuffixes = FrozenSet.Create(
        StringComparer.Ordinal,
        "st", "nd", "rd", "th", "e", "eme", "er", "re", "ere", "nde", "do", "da", "ro", "ra", "to", "ta", "mo", "ma", "vo", "va", "no", "na",
        "de", "ste", "te", "a", "o", "º", "ª");

    /// <summary>The zero-based index the message points at in a list of <paramref name="count"/> items, or null.</summary>
    /// <param name="words">The filler, pointer and number words of <c>dialogs/language/</c>.</param>
    public static int? RecognizeIndex(string text, int count, RecognizerWords words, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var normalized = TextNormalizer.Normalize(text);
        return RecognizeIndex(normalized, TextNormalizer.Tokenize(normalized), count, words, locale);
    }

    internal static int? RecognizeIndex(string normalized, string[] tokens, int count, RecognizerWords words, string? locale)
    {
        if (count <= 0 || tokens.Length == 0 || tokens.Length > MaxTokens)
        {
            return null;
        }

        var table = words.Numbers.For(locale);
        NumberWord? found = null;
        var foundOne = false; // "one" as a number, unless another number comes ("the second one")
        var offset = 0;       // where tokens[i] starts in normalized: tokens are separated by single spaces
        var i = 0;
        while (i < tokens.Length)
        {
            if (TryParseDigits(tokens[i], out var number))
            {
                if (found is not null)
                {
                    return null;
                }

                found = new NumberWord(false, number);
                offset += tokens[i].Length + 1;
                i++;
                continue;
            }

            var length = LongestPhraseAt(table, normalized, tokens, i, offset, out var word);
            if (length > 0)
            {
                var phraseEnd = i + length;
                if (length == 1 && tokens[i] == "one" && !foundOne)
                {
                    // "the one", "that one" point at something, not at the first item
                    foundOne = i == 0 || !words.OrdinalPointers.Contains(tokens[i - 1]);
                }
                else if (found is null)
                {
                    found = word;
                }
                else
                {
                    return null; // two numbers: "2 or 3", "two three"
                }

                for (; i < phraseEnd; i++)
                {
                    offset += tokens[i].Length + 1;
                }

                continue;
            }

            if (!words.OrdinalFillers.Contains(tokens[i]))
            {
                return null;
            }

            offset += tokens[i].Length + 1;
            i++;
        }

        found ??= foundOne ? new NumberWord(false, 1) : null;
        if (found is not { } position)
        {
            return null;
        }

        var index = position.FromEnd ? count - 1 + position.Value : position.Value - 1;
        return index >= 0 && index < count ? index : null;
    }

    private static int LongestPhraseAt(NumberVocabulary.Table table, string normalized, string[] tokens, int start, int offset, out NumberWord word)
    {
        var maxLength = Math.Min(table.LongestPhrase, tokens.Length - start);
        for (var length = maxLength; length >= 1; length--)
        {
            var chars = length - 1;
            for (var k = start; k < start + length; k++)
            {
                chars += tokens[k].Length;
            }

            if (table.TryGet(normalized.AsSpan(offset, chars), out word))
            {
                return length;
            }
        }

        word = default;
        return 0;
    }

    private static bool TryParseDigits(string token, out int number)
    {
        number = 0;
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > MaxDigits || (digits < token.Length && !DigitSuffixes.Contains(token[digits..])))
        {
            return false;
        }

        for (var k = 0; k < digits; k++)
        {
            number = (number * 10) + (token[k] - '0');
        }

        return true;
    }
}
