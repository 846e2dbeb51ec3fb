using System.Collections.Frozen;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Engine;

internal enum InterruptionKind
{
    None,
    Suicide,
    Danger,
    Stop,
    StartOver,
    Help,
}

/// <summary>
/// Finds the interruptions that apply above every dialog. Suicide and danger phrases count anywhere in a message
/// ("they locked me in" contains "locked in"), suicide first ("I want to kill myself" also holds the danger word
/// "kill"); stop, start again and help only when they are the whole message, so "I can't stop them" is not "stop".
/// </summary>
internal sealed class InterruptionDetector(GlobalSettings global)
{
    private readonly PhraseList _suicide = new(global.Suicide);
    private readonly PhraseList _danger = new(global.Danger);

    // Every message is checked against these: sets, and loops below rather than LINQ, so a turn makes no garbage here.
    private readonly FrozenSet<string> _stop = global.Stop.Phrases.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> _startOver = global.StartOver.Phrases.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> _help = global.Help.Phrases.ToFrozenSet(StringComparer.Ordinal);

    public InterruptionKind Detect(string normalized, string[] tokens)
    {
        if (_suicide.FoundIn(tokens))
        {
            return InterruptionKind.Suicide;
        }

        if (_danger.FoundIn(tokens))
        {
            return InterruptionKind.Danger;
        }

        if (_stop.Contains(normalized))
        {
            return InterruptionKind.Stop;
        }

        if (_startOver.Contains(normalized))
        {
            return InterruptionKind.StartOver;
        }

        return _help.Contains(normalized) ? InterruptionKind.Help : InterruptionKind.None;
    }

    /// <summary>
    /// Suicide or danger anywhere in a whole message, however long (<see cref="InterruptionKind.None"/> when
    /// neither): only the start of a long message is read for answers, but what is written at its end must still
    /// bring the emergency number.
    /// </summary>
    public InterruptionKind UrgentIn(string text)
    {
        var tokens = TextNormalizer.Tokenize(TextNormalizer.Normalize(text));
        return _suicide.FoundIn(tokens) ? InterruptionKind.Suicide
            : _danger.FoundIn(tokens) ? InterruptionKind.Danger
            : InterruptionKind.None;
    }

    /// <summary>An interruption's phrases and the negations that cancel them, tokenized once.</summary>
    private sealed class PhraseList(Interruption interruption)
    {
        private readonly string[][] _phrases = interruption.Phrases.Select(TextNormalizer.Tokenize).ToArray();
        private readonly string[][] _negations = interruption.Negations.Select(TextNormalizer.Tokenize).ToArray();

        public bool FoundIn(string[] tokens)
        {
            foreach (var phrase in _phrases)
            {
                if (ContainsUnnegated(tokens, phrase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the phrase occurs and is not directly after a negation. Only the word right before counts, so
        /// "he won't stop hurting me" is still danger: a missed "not" costs a repeated number, a missed danger far more.
        /// </summary>
        private bool ContainsUnnegated(string[] tokens, string[] phrase)
        {
            for (var start = 0; start <= tokens.Length - phrase.Length; start++)
            {
                if (phrase.Length > 0 && SequenceAt(tokens, start, phrase) && !IsNegatedAt(tokens, start))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsNegatedAt(string[] tokens, int start)
        {
            foreach (var negation in _negations)
            {
                if (start >= negation.Length && SequenceAt(tokens, start - negation.Length, negation))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SequenceAt(string[] tokens, int start, string[] phrase)
        {
            for (var i = 0; i < phrase.Length; i++)
            {
                if (!string.Equals(tokens[start + i], phrase[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
