using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Tests.Recognizers;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("same", "same", 0, 0)]
    [InlineData("", "", 0, 0)]
    [InlineData("", "abc", 5, 3)]
    [InlineData("kitten", "sitting", 5, 3)]
    [InlineData("romania", "romnia", 1, 1)]
    [InlineData("professional", "profesional", 2, 1)]
    [InlineData("ca", "ac", 2, 1)]           // one transposition
    [InlineData("abcdef", "abdcef", 1, 1)]   // a transposition in the middle
    [InlineData("abc", "ca", 5, 3)]          // optimal string alignment: a transposed pair is not edited again
    [InlineData("kitten", "sitting", 2, 3)]  // over the bound: max + 1
    [InlineData("abcdef", "ghijkl", 1, 2)]
    [InlineData("a", "abcdefgh", 3, 4)]      // lengths alone exceed the bound
    public void Bounded_Pair_ReturnsDistanceOrMaxPlusOne(string a, string b, int max, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, max));
        Assert.Equal(expected, EditDistance.Bounded(b, a, max));
    }

    [Fact]
    public void Bounded_RandomPairs_MatchesAFullMatrixReference()
    {
        var random = new Random(20261129);
        for (var n = 0; n < 3000; n++)
        {
            var a = RandomWord(random);
            var b = random.Next(3) == 0 ? Mutate(random, a) : RandomWord(random);
            var max = random.Next(4);

            Assert.Equal(Math.Min(Reference(a, b), max + 1), EditDistance.Bounded(a, b, max));
        }
    }

    [Fact]
    public void Bounded_LongerThanTheStackBuffer_StillCorrect()
    {
        var a = new string('a', 100) + "xy";
        var b = new string('b', 1) + new string('a', 99) + "yx";

        Assert.Equal(Reference(a, b), EditDistance.Bounded(a, b, 10));
    }

    [Fact]
    public void Bounded_NegativeMax_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EditDistance.Bounded("a", "b", -1));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(30, 2)]
    public void ToleranceFor_Length_ReturnsAllowedEdits(int length, int expected)
    {
        Assert.Equal(expected, EditDistance.ToleranceFor(length));
    }

    private static string RandomWord(Random random)
    {
        var chars = new char[random.Next(0, 10)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)('a' + random.Next(4));
        }

        return new string(chars);
    }

    private static string Mutate(Random random, string word)
    {
        var chars = word.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.Insert(at, (char)('a' + random.Next(4)));
                    break;
                case 1 when chars.Count > 0:
                    chars.RemoveAt(at);
                    break;
                case 2 when chars.Count > 0:
                    chars[at] = (char)('a' + random.Next(4));
                    break;
                case 3 when at + 1 < chars.Count:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
            }
        }

        return new string([.. chars]);
    }

    // The textbook optimal-string-alignment recurrence over the full matrix.
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
