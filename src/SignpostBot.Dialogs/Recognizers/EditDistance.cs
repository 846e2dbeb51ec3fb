namespace SignpostBot.Dialogs.Recognizers;

/// <summary>Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions, no substring edited twice).</summary>
public static class EditDistance
{
    private const int StackColumns = 64;

    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 as soon as it
    /// is known to be larger than <paramref name="max"/>. Characters compare ordinally: normalize both sides first.
    /// </summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);

        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }

        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        // b is now the shorter one: the rows run over it.
        if (a.Length - b.Length > max)
        {
            return max + 1;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var width = b.Length + 1;
        var rows = width <= StackColumns ? stackalloc int[StackColumns * 3] : new int[width * 3];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            var ca = a[i - 1];
            for (var j = 1; j < width; j++)
            {
                var cb = b[j - 1];
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb && beforePrevious[j - 2] + 1 < value)
                {
                    value = beforePrevious[j - 2] + 1;
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            // Every later cell is at least the minimum of this row (a transposition reaches back two rows,
            // but never below the cell it skips), so the bound is already exceeded.
            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        var distance = previous[b.Length];
        return distance > max ? max + 1 : distance;
    }

    /// <summary>How many edits a token of this length may have and still match: 0 below 5 characters, 1 up to 7, then 2.</summary>
    public static int ToleranceFor(int length) => length switch
    {
        < 5 => 0,
        < 8 => 1,
        _ => 2,
    };
}
