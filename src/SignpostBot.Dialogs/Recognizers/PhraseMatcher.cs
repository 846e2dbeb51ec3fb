using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>A phrase the matcher looks for, already normalized, and the id it stands for.</summary>
/// <param name="RequiresCue">In <see cref="MatchMode.Find"/>, only counts right after a cue word ("in", "from"): for names that are also common words.</param>
/// <param name="WholeMessageOnly">Only counts when it is the whole message (identifiers such as a choice's value).</param>
internal sealed record PhraseEntry(int Id, string Normalized, bool RequiresCue = false, bool WholeMessageOnly = false);

/// <summary>
/// Finds which of a set of phrases a message names. First the whole message against each phrase; then token
/// sequences: a phrase matches when all its content tokens (its tokens less the stop words, or all of them when every
/// one is a stop word) appear in the message in order, at most <see cref="MaxGap"/> tokens apart, each exactly or
/// within <see cref="EditDistance.ToleranceFor"/>. A match inside a longer match of another id ("Guinea" inside
/// "Equatorial Guinea") is dropped; two different ids with the same best score are ambiguous.
/// Scripts written without spaces (Chinese, Japanese, Thai) are matched as substrings of a token.
/// </summary>
internal sealed class PhraseMatcher
{
    internal const int NoMatch = -1;
    internal const int Ambiguous = -2;
    private const int MaxGap = 2;
    private const double GapFactor = 0.95;
    private const int FindMinTypoLength = 6;
    private const double Epsilon = 1e-9;

    // Plain dictionaries rather than frozen ones: building these at start-up is what counts, and lookups are few.
    private readonly Dictionary<string, int> _exact;
    private readonly Phrase[] _phrases;
    private readonly string[] _vocabulary;
    private readonly ulong[] _masks;
    private readonly Dictionary<string, int> _vocabularyIndex;
    private readonly int[][] _postings;
    private readonly int[][] _byLength;
    private readonly string[] _unspacedTexts;
    private readonly int[] _unspacedPhrases;
    private readonly FrozenSet<string> _stopWords;
    private readonly FrozenSet<string> _cueWords;

    internal PhraseMatcher(IEnumerable<PhraseEntry> entries, FrozenSet<string> stopWords, FrozenSet<string>? cueWords = null)
    {
        _stopWords = stopWords;
        _cueWords = cueWords ?? FrozenSet<string>.Empty;
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new List<Phrase>();
        var vocabularyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var vocabulary = new List<string>();
        var postings = new List<List<int>>();
        var unspacedTexts = new List<string>();
        var unspacedPhrases = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Normalized.Length == 0)
            {
                continue;
            }

            exact[entry.Normalized] = exact.TryGetValue(entry.Normalized, out var other) && other != entry.Id ? Ambiguous : entry.Id;
            if (entry.WholeMessageOnly || !seen.Add(string.Create(CultureInfo.InvariantCulture, $"{entry.Id} {entry.Normalized}")))
            {
                continue;
            }

            var tokens = TextNormalizer.Tokenize(entry.Normalized);
            var content = Array.FindAll(tokens, t => !stopWords.Contains(t));
            if (content.Length == 0)
            {
                content = tokens;
            }

            var ids = new int[content.Length];
            for (var i = 0; i < content.Length; i++)
            {
                if (!vocabularyIndex.TryGetValue(content[i], out var id))
                {
                    id = vocabulary.Count;
                    vocabularyIndex.Add(content[i], id);
                    vocabulary.Add(content[i]);
                    postings.Add([]);
                }

                ids[i] = id;
                if (!postings[id].Contains(phrases.Count))
                {
                    postings[id].Add(phrases.Count);
                }
            }

            if (tokens.Length == 1 && IsUnspacedScript(tokens[0]))
            {
                unspacedTexts.Add(tokens[0]);
                unspacedPhrases.Add(phrases.Count);
            }

            phrases.Add(new Phrase(entry.Id, ids, entry.RequiresCue));
        }

        _exact = exact;
        _phrases = [.. phrases];
        _vocabulary = [.. vocabulary];
        _vocabularyIndex = vocabularyIndex;
        _postings = new int[postings.Count][];
        _masks = new ulong[_vocabulary.Length];
        var maxLength = 0;
        for (var v = 0; v < _vocabulary.Length; v++)
        {
            _postings[v] = [.. postings[v]];
            _masks[v] = Mask(_vocabulary[v]);
            maxLength = Math.Max(maxLength, _vocabulary[v].Length);
        }

        var buckets = new List<int>[maxLength + 1];
        for (var length = 0; length <= maxLength; length++)
        {
            buckets[length] = [];
        }

        for (var v = 0; v < _vocabulary.Length; v++)
        {
            buckets[_vocabulary[v].Length].Add(v);
        }

        _byLength = new int[maxLength + 1][];
        for (var length = 0; length <= maxLength; length++)
        {
            _byLength[length] = [.. buckets[length]];
        }

        _unspacedTexts = [.. unspacedTexts];
        _unspacedPhrases = [.. unspacedPhrases];
    }

    /// <summary>The id the message names, <see cref="NoMatch"/> or <see cref="Ambiguous"/>.</summary>
    internal int Match(string normalized, string[] tokens, MatchMode mode, out double score)
    {
        score = 0;
        if (_exact.TryGetValue(normalized, out var exactId))
        {
            score = exactId >= 0 ? 1 : 0;
            return exactId;
        }

        if (tokens.Length == 0 || _phrases.Length == 0)
        {
            return NoMatch;
        }

        var hits = FindHits(tokens, mode);
        var candidates = new List<Candidate>();
        if (hits.Count > 0)
        {
            var phrasesToTry = new HashSet<int>();
            foreach (var vocabularyId in hits.Keys)
            {
                phrasesToTry.UnionWith(_postings[vocabularyId]);
            }

            foreach (var phraseIndex in phrasesToTry)
            {
                if (Align(_phrases[phraseIndex], hits, tokens, mode) is { } candidate)
                {
                    candidates.Add(candidate);
                }
            }
        }

        AddUnspaced(tokens, candidates);
        return Best(candidates, out score);
    }

    private Dictionary<int, List<Hit>> FindHits(string[] tokens, MatchMode mode)
    {
        var hits = new Dictionary<int, List<Hit>>();
        for (var position = 0; position < tokens.Length; position++)
        {
            var token = tokens[position];
            if (_vocabularyIndex.TryGetValue(token, out var exactId))
            {
                AddHit(hits, exactId, new Hit(position, 1));
                continue; // a token that is a known word is not also a typo of another
            }

            if (_stopWords.Contains(token) || token.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                continue;
            }

            var mask = Mask(token);
            var from = Math.Max(1, token.Length - 2);
            var to = Math.Min(_byLength.Length - 1, token.Length + 2);
            for (var length = from; length <= to; length++)
            {
                var tolerance = mode == MatchMode.Find && length < FindMinTypoLength ? 0 : EditDistance.ToleranceFor(length);
                if (Math.Abs(length - token.Length) > tolerance)
                {
                    continue;
                }

                foreach (var v in _byLength[length])
                {
                    if (BitOperations.PopCount(mask ^ _masks[v]) > 2 * tolerance)
                    {
                        continue;
                    }

                    var word = _vocabulary[v];
                    var distance = EditDistance.Bounded(token, word, tolerance);
                    if (distance > tolerance)
                    {
                        continue;
                    }

                    // In free text "Romanian" or "German" describe people, not where the writer is.
                    if (mode == MatchMode.Find && (token.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(token, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    AddHit(hits, v, new Hit(position, 1 - (distance / (2.0 * length))));
                }
            }
        }

        return hits;
    }

    private Candidate? Align(Phrase phrase, Dictionary<int, List<Hit>> hits, string[] tokens, MatchMode mode)
    {
        if (!hits.TryGetValue(phrase.Tokens[0], out var first))
        {
            return null;
        }

        var layer = new List<State>(first.Count);
        foreach (var hit in first)
        {
            layer.Add(new State(hit.Position, hit.Factor, hit.Position));
        }

        for (var j = 1; j < phrase.Tokens.Length; j++)
        {
            if (!hits.TryGetValue(phrase.Tokens[j], out var next))
            {
                return null;
            }

            var nextLayer = new List<State>(next.Count);
            foreach (var hit in next)
            {
                var best = 0.0;
                var start = -1;
                foreach (var state in layer)
                {
                    var gap = hit.Position - state.Position - 1;
                    if (gap < 0 || gap > MaxGap)
                    {
                        continue;
                    }

                    var score = state.Score * hit.Factor * GapPenalty(tokens, state.Position + 1, hit.Position);
                    if (score > best)
                    {
                        best = score;
                        start = state.Start;
                    }
                }

                if (start >= 0)
                {
                    nextLayer.Add(new State(hit.Position, best, start));
                }
            }

            if (nextLayer.Count == 0)
            {
                return null;
            }

            layer = nextLayer;
        }

        Candidate? result = null;
        foreach (var state in layer)
        {
            if ((result is null || state.Score > result.Value.Score) && (mode != MatchMode.Find || !phrase.RequiresCue || HasCue(tokens, state.Start)))
            {
                result = new Candidate(phrase.Id, state.Score, state.Start, state.Position, phrase.Tokens.Length);
            }
        }

        return result;
    }

    private double GapPenalty(string[] tokens, int from, int to)
    {
        var penalty = 1.0;
        for (var k = from; k < to; k++)
        {
            if (!_stopWords.Contains(tokens[k]))
            {
                penalty *= GapFactor;
            }
        }

        return penalty;
    }

    private bool HasCue(string[] tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k] == "the")
        {
            k--;
        }

        return k >= 0 && _cueWords.Contains(tokens[k]);
    }

    private void AddUnspaced(string[] tokens, List<Candidate> candidates)
    {
        if (_unspacedTexts.Length == 0)
        {
            return;
        }

        for (var position = 0; position < tokens.Length; position++)
        {
            var token = tokens[position];
            if (!IsUnspacedScript(token))
            {
                continue;
            }

            for (var u = 0; u < _unspacedTexts.Length; u++)
            {
                var text = _unspacedTexts[u];
                if (token.Length > text.Length && token.Contains(text, StringComparison.Ordinal))
                {
                    candidates.Add(new Candidate(_phrases[_unspacedPhrases[u]].Id, 1, position, position, text.Length));
                }
            }
        }
    }

    private static int Best(List<Candidate> candidates, out double score)
    {
        score = 0;
        var bestId = NoMatch;
        var bestTied = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (IsInsideLongerMatch(candidates, candidate))
            {
                continue;
            }

            if (candidate.Score > score + Epsilon)
            {
                score = candidate.Score;
                bestId = candidate.Id;
                bestTied = false;
            }
            else if (candidate.Score > score - Epsilon && candidate.Id != bestId)
            {
                bestTied = true;
            }
        }

        if (bestTied)
        {
            score = 0;
            return Ambiguous;
        }

        return bestId;
    }

    private static bool IsInsideLongerMatch(List<Candidate> candidates, Candidate candidate)
    {
        foreach (var other in candidates)
        {
            if (other.Id != candidate.Id && other.Start <= candidate.Start && candidate.End <= other.End && other.Length > candidate.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddHit(Dictionary<int, List<Hit>> hits, int vocabularyId, Hit hit)
    {
        if (!hits.TryGetValue(vocabularyId, out var list))
        {
            list = [];
            hits.Add(vocabularyId, list);
        }

        list.Add(hit);
    }

    // A character bag as 64 bits. One edit changes at most two bits, so more than 2 × tolerance differing bits rules a pair out.
    private static ulong Mask(string word)
    {
        var mask = 0UL;
        foreach (var c in word)
        {
            mask |= 1UL << (c % 64);
        }

        return mask;
    }

    internal static bool IsUnspacedScript(string token)
    {
        foreach (var c in token)
        {
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
                or >= '\uF900' and <= '\uFAFF' or >= '\u0E00' and <= '\u0EFF' or >= '\u1780' and <= '\u17FF' or >= '\u1000' and <= '\u109F')
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Phrase(int Id, int[] Tokens, bool RequiresCue);

    private readonly record struct Hit(int Position, double Factor);

    private readonly record struct State(int Position, double Score, int Start);

    private readonly record struct Candidate(int Id, double Score, int Start, int End, int Length);
}
