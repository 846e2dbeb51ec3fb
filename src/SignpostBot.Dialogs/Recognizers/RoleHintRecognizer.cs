using System.Collections.Frozen;

namespace SignpostBot.Dialogs.Recognizers;

/// <summary>Who a message says is writing, or who it is about: a hint for the intent classifier to combine.</summary>
public enum RoleHint
{
    /// <summary>Writes in a work capacity ("I'm a teacher", "social worker here").</summary>
    Professional,

    /// <summary>Writes about someone else ("my friend", "my neighbour", "my daughter").</summary>
    SomeoneElse,

    /// <summary>Writes about themselves ("me", "my boss", "I need help").</summary>
    Self,
}

/// <summary>A role hint and the words that gave it (normalized).</summary>
public sealed record RoleHintFound(RoleHint Role, string Words);

/// <summary>
/// Finds the role a message states, from each language's phrases (content). A professional phrase wins over one
/// about someone else, which wins over one about the writer ("my friend's boss keeps her passport" is about someone
/// else). Phrases are matched as whole words after <see cref="TextNormalizer.Normalize"/>.
/// </summary>
public sealed class RoleHintRecognizer
{
    private readonly (RoleHint Role, string[] Tokens)[] _phrases;

    // Each phrase's position in _phrases by its first word: a message is only compared with phrases that can start in it.
    private readonly FrozenDictionary<string, int[]> _byFirstWord;

    /// <param name="phrases">Each role's phrases ("i am a teacher", "my neighbour", "my boss"), any language.</param>
    public RoleHintRecognizer(IReadOnlyDictionary<RoleHint, IEnumerable<string>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = [.. phrases.OrderBy(p => p.Key)
            .SelectMany(p => p.Value.Select(phrase => (p.Key, TextNormalizer.Tokenize(TextNormalizer.Normalize(phrase)))))
            .Where(p => p.Item2.Length > 0)];
        _byFirstWord = Enumerable.Range(0, _phrases.Length)
            .GroupBy(i => _phrases[i].Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The strongest role the message states, or null.</summary>
    public RoleHintFound? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(TextNormalizer.Tokenize(TextNormalizer.Normalize(text)));
    }

    /// <summary>The same on a message's tokens (<see cref="TextNormalizer.Tokenize"/> of the normalized text).</summary>
    public RoleHintFound? Find(string[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);

        // The phrase that comes first in _phrases (the strongest role) among those found anywhere in the message.
        var best = int.MaxValue;
        for (var start = 0; start < tokens.Length; start++)
        {
            if (!_byFirstWord.TryGetValue(tokens[start], out var candidates))
            {
                continue;
            }

            foreach (var index in candidates)
            {
                var phrase = _phrases[index].Tokens;
                if (index < best && start + phrase.Length <= tokens.Length && tokens.AsSpan(start, phrase.Length).SequenceEqual(phrase))
                {
                    best = index;
                    break;
                }
            }
        }

        return best == int.MaxValue ? null : new RoleHintFound(_phrases[best].Role, string.Join(' ', _phrases[best].Tokens));
    }
}
