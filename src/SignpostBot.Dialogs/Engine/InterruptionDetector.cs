using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Engine;

internal enum InterruptionKind
{
    None,
    Danger,
    Stop,
    StartOver,
    Help,
}

/// <summary>
/// Finds the interruptions that apply above every dialog. Danger phrases count anywhere in a message
/// ("they locked me in" contains "locked in"); stop, start again and help only when they are the whole message,
/// so "I can't stop them" is not taken as "stop".
/// </summary>
internal sealed class InterruptionDetector(GlobalSettings global)
{
    private readonly string[][] _danger = global.Danger.Phrases.Select(TextNormalizer.Tokenize).ToArray();

    public InterruptionKind Detect(string normalized, string[] tokens)
    {
        if (_danger.Any(phrase => ContainsSequence(tokens, phrase)))
        {
            return InterruptionKind.Danger;
        }

        if (global.Stop.Phrases.Contains(normalized, StringComparer.Ordinal))
        {
            return InterruptionKind.Stop;
        }

        if (global.StartOver.Phrases.Contains(normalized, StringComparer.Ordinal))
        {
            return InterruptionKind.StartOver;
        }

        return global.Help.Phrases.Contains(normalized, StringComparer.Ordinal) ? InterruptionKind.Help : InterruptionKind.None;
    }

    private static bool ContainsSequence(string[] tokens, string[] phrase)
    {
        if (phrase.Length == 0 || phrase.Length > tokens.Length)
        {
            return false;
        }

        for (var start = 0; start <= tokens.Length - phrase.Length; start++)
        {
            var i = 0;
            while (i < phrase.Length && string.Equals(tokens[start + i], phrase[i], StringComparison.Ordinal))
            {
                i++;
            }

            if (i == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }
}
