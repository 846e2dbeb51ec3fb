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

    /// <param name="phrases">Each role's phrases ("i am a teacher", "my neighbour", "my boss"), any language.</param>
    public RoleHintRecognizer(IReadOnlyDictionary<RoleHint, IEnumerable<string>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = [.. phrases.OrderBy(p => p.Key)
            .SelectMany(p => p.Value.Select(phrase => (p.Key, TextNormalizer.Tokenize(TextNormalizer.Normalize(phrase)))))
            .Where(p => p.Item2.Length > 0)];
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

        // Only phrases whose first word is in the message can match: a set look-up instead of a scan per phrase.
        var words = tokens.ToHashSet(StringComparer.Ordinal);
        foreach (var (role, phrase) in _phrases)
        {
            if (!words.Contains(phrase[0]))
            {
                continue;
            }

            for (var start = 0; start + phrase.Length <= tokens.Length; start++)
            {
                if (tokens.AsSpan(start, phrase.Length).SequenceEqual(phrase))
                {
                    return new RoleHintFound(role, string.Join(' ', phrase));
                }
            }
        }

        return null;
    }
}
