using System.Text.RegularExpressions;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using YamlDotNet.Core;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Holds each language file to the English: an offered language (<c>languages.yaml</c>) must have every sentence
/// outside the professional path and Teams (staff read English there); a translated text must show the same
/// numbers as the English (a phone number is never translated or reformatted); a language still waiting for a
/// native speaker's review is listed as a warning.
/// </summary>
public static partial class LanguageCoverage
{
    /// <summary>The dialog whose sentences stay English by default: the professionals' path.</summary>
    public const string StaffDialog = "professional";

    /// <summary>The channel whose wordings stay English by default: Teams, used by council staff.</summary>
    public const string StaffChannel = "msteams";

    /// <summary>Adds the coverage problems of every non-English language file to <paramref name="errors"/>.</summary>
    public static void Check(DialogSet content, ContentErrors errors)
    {
        var forEveryone = ForEveryone(content);
        var english = TextCatalog.English(content).Where(e => forEveryone(e.Id)).ToList();
        var listed = content.Languages.ToDictionary(l => l.Language, StringComparer.Ordinal);
        foreach (var file in content.Translations.Where(t => t.Language != LanguageTag.English && !t.Hidden))
        {
            var path = file.Location.File;
            var at = new Mark(0, file.Location.Line, file.Location.Column);
            if (file.Review == ReviewState.Needed)
            {
                errors.Add(path, at, $"'{file.Language}' has not been reviewed by a native speaker yet (review: needed); docs/content-authoring.md says how to get a review.", ContentSeverity.Warning);
            }

            var offered = listed.TryGetValue(file.Language, out var language) && language.Offered;
            if (language is null)
            {
                errors.Add(path, at, $"'{file.Language}' is not in languages.yaml, so no one can choose it: add it with its names.", ContentSeverity.Warning);
            }

            // A knowledge text (a hotline's summary or label, a country's name) changed in knowledge/ is shown in English
            // until it is translated: a corrected number must never wait for twelve translations. Only a warning.
            var missingKnowledge = english.Where(e => !file.Texts.ContainsKey(e.Id) && IsKnowledgeText(e.Id)).Select(e => e.Id).ToList();
            if (missingKnowledge.Count > 0)
            {
                var list = string.Join(", ", missingKnowledge.Take(5)) + (missingKnowledge.Count > 5 ? $" and {missingKnowledge.Count - 5} more" : string.Empty);
                errors.Add(path, at, $"'{file.Language}' has no translation yet of {missingKnowledge.Count} knowledge text(s), shown in English meanwhile: {list}.", ContentSeverity.Warning);
            }

            var missing = english.Where(e => !file.Texts.ContainsKey(e.Id) && !IsKnowledgeText(e.Id)).Select(e => e.Id).ToList();
            if (missing.Count > 0)
            {
                var list = string.Join(", ", missing.Take(5)) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : string.Empty);
                errors.Add(path, at, offered
                    ? $"'{file.Language}' is offered but lacks {missing.Count} sentence(s) the English has: {list}."
                    : $"'{file.Language}' lacks {missing.Count} sentence(s) the English has ({list}); it stays unoffered until it has them.",
                    offered ? ContentSeverity.Error : ContentSeverity.Warning);
            }
            else if (language is { Offered: false })
            {
                errors.Add(path, at, $"'{file.Language}' has every sentence: set 'offered: true' in languages.yaml so people can choose it.", ContentSeverity.Warning);
            }

            var englishById = english.ToDictionary(e => e.Id, e => e.English, StringComparer.Ordinal);
            foreach (var (id, text) in file.Texts)
            {
                if (englishById.TryGetValue(id, out var source) && !Numbers(source).SequenceEqual(Numbers(text)))
                {
                    errors.Add(path, at, $"'{id}' shows the numbers ({string.Join(", ", Numbers(text))}) where the English shows ({string.Join(", ", Numbers(source))}): copy every number exactly as the English writes it.");
                }
            }
        }
    }

    /// <summary>
    /// Sentences everyone reads: not the professionals' path or answers, not a first-message reply that leads into
    /// it (<c>role: professional</c>), not a Teams wording or note.
    /// </summary>
    /// <returns>Whether a text id (<see cref="TextIds"/>) must be in every offered language.</returns>
    public static Func<string, bool> ForEveryone(DialogSet content)
    {
        var staffReplies = content.Global.FirstMessage.Replies
            .Where(r => r.Role == StaffDialog)
            .Select(r => TextIds.FirstMessage(r.Id, string.Empty))
            .ToArray();
        return id => !id.StartsWith($"dialog.{StaffDialog}.", StringComparison.Ordinal)
            && !id.StartsWith(TextIds.AnswerPrefix, StringComparison.Ordinal)
            && !staffReplies.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal))
            && !id.EndsWith($".onChannel.{StaffChannel}", StringComparison.Ordinal)
            && id != TextIds.ChannelNote(StaffChannel);
    }

    /// <summary>Texts that come from knowledge/ (hotlines, guidance, countries, emergency numbers), not from the flows.</summary>
    public static bool IsKnowledgeText(string id) => TextIds.KnowledgePrefixes.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Every number of a text (digits as written, spaces kept), in order.</summary>
    private static List<string> Numbers(string text) => [.. NumberPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\+?\d(?:[\d ]*\d)?")]
    private static partial Regex NumberPattern();
}
