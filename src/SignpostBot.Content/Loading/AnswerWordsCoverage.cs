using SignpostBot.Dialogs.Content;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Holds every language of <c>languages.yaml</c> to having the words of a short answer: yes and no, and the numbers
/// and ordinals of a choice ("2", "the second one"), from Microsoft.Recognizers.Definitions or from its
/// <c>dialogs/language/</c> file. Without them a person who answers "po" or "al doilea" is not understood: an error
/// for an offered language, a warning for one not yet offered.
/// </summary>
public static class AnswerWordsCoverage
{
    /// <summary>Adds a problem for each listed language that lacks yes/no or number words.</summary>
    public static void Check(DialogSet content, ContentErrors errors)
    {
        foreach (var language in content.Languages)
        {
            var missing = new[] { (content.Words.HasYesNoWords(language.Language), "yesWords and noWords"), (content.Words.HasNumberWords(language.Language), "numberWords and lastWords") }
                .Where(m => !m.Item1).Select(m => m.Item2).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new ContentError(language.Location.File, language.Location.Line, language.Location.Column,
                    $"Neither Microsoft.Recognizers.Definitions nor dialogs/language/{language.Language}.yaml gives '{language.Language}' {string.Join(" or ", missing)}, so short answers in it are not understood: add them there (docs/content-authoring.md).",
                    language.Offered ? ContentSeverity.Error : ContentSeverity.Warning));
            }
        }
    }
}
