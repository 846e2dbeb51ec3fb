using System.Text.RegularExpressions;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// A person never reads about "the seed page": it is the partnership's working source, not something they can open.
/// Sources, seed records and notes for editors may name it; what the bot shows may not.
/// </summary>
public static partial class SeedMentions
{
    public static void Check(IReadOnlyList<UserFacingText> texts, ContentErrors errors)
    {
        foreach (var text in texts.Where(t => Seed().IsMatch(t.Text)))
        {
            errors.Add(new ContentError(text.File, text.Line, text.Column,
                $"'{text.Key}' is shown to people but speaks of the seed page, which they cannot see. Say what is known or not known instead (keep the seed in 'source' or 'seed')."));
        }
    }

    [GeneratedRegex(@"\bseed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Seed();
}
