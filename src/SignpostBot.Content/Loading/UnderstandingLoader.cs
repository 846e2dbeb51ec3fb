using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Localization;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Loads what the bot understands, <c>dialogs/understanding/{language}.yaml</c>, onto content already loaded: example
/// messages by intent and the safety rules' phrases, one file per language.
/// </summary>
public static class UnderstandingLoader
{
    /// <summary>The folder of understanding files, inside <c>dialogs/</c>.</summary>
    public const string Folder = "understanding";

    /// <summary>The schema every understanding file is checked against.</summary>
    public const string Schema = "understanding.schema.json";

    /// <summary>Loads from file paths and texts; returns the content with the understanding, or null on errors.</summary>
    public static DialogSet? Load(IEnumerable<(string Path, string Text)> files, DialogSet? content, ContentErrors errors)
        => Load(files.Select(f => ContentDocument.Parse(f.Path, f.Text, errors)).OfType<ContentDocument>().ToList(), content, errors);

    /// <summary>Loads from parsed files; returns the content with the understanding, or null on errors.</summary>
    public static DialogSet? Load(IReadOnlyList<ContentDocument> documents, DialogSet? content, ContentErrors errors)
    {
        var languages = new List<UnderstandingExamples>();
        foreach (var document in documents)
        {
            if (YamlContentFile.Root(document, errors) is { } root && Read(document.File, root) is { } understanding)
            {
                languages.Add(understanding);
            }
        }

        foreach (var twice in languages.GroupBy(l => l.Language).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError(twice.Last().Location.File, 1, 1, $"Two files hold the understanding of '{twice.Key}'."));
        }

        return content is null || errors.HasErrors ? null : content.WithUnderstanding(languages);
    }

    private static UnderstandingExamples? Read(string path, ContentMap root)
    {
        var written = root.Text("language", required: true);
        root.Text("drafted", required: true);
        root.Text("review", required: true);
        var rules = root.Map("rules");
        var intents = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.Map("intents", required: true) is { } map)
        {
            foreach (var (intent, _) in map.Keys)
            {
                intents[intent] = map.Strings(intent);
            }
        }

        var roles = root.Map("roleWords");
        var roleWords = new Dictionary<RoleHint, IReadOnlyList<string>>
        {
            [RoleHint.Professional] = roles?.Strings("professional") ?? [],
            [RoleHint.SomeoneElse] = roles?.Strings("someoneElse") ?? [],
            [RoleHint.Self] = roles?.Strings("self") ?? [],
        };
        roles?.RejectUnknownKeys();
        var understanding = new UnderstandingExamples
        {
            Language = LanguageTag.Normalize(written) ?? string.Empty,
            Location = root.Location,
            Intents = intents,
            Danger = rules?.Strings("danger") ?? [],
            SelfHarm = rules?.Strings("selfHarm") ?? [],
            Negations = rules?.Strings("negations") ?? [],
            Pleas = rules?.Strings("pleas") ?? [],
            Imperatives = rules?.Strings("imperatives") ?? [],
            Joined = rules?.Strings("joined") ?? [],
            ChildWords = rules?.Strings("childWords") ?? [],
            AgeWords = rules?.Strings("ageWords") ?? [],
            RoleWords = roleWords,
        };
        if (understanding.Danger.Count == 0 || understanding.SelfHarm.Count == 0)
        {
            root.Errors.Add(path, root.Start, "No rules.danger or rules.selfHarm: danger and thoughts of suicide written in this language would only be seen by the classifier. Add the phrases people use (docs/content-authoring.md, \"Safety phrases\").", ContentSeverity.Warning);
        }

        if (rules is not null)
        {
            CheckStems(rules, "danger", understanding.Danger);
            CheckStems(rules, "selfHarm", understanding.SelfHarm);
            rules.RejectUnknownKeys();
        }

        root.RejectUnknownKeys("version");

        if (written is not null && written != Path.GetFileNameWithoutExtension(path))
        {
            root.Errors.Add(path, root.ValueAt("language"), $"The understanding of '{written}' should be in {written}.yaml.");
        }

        return written is null ? null : understanding;
    }

    /// <summary>A stem (a word ending in <c>*</c>) shorter than <see cref="SafetyRules.MinimumStem"/> letters would match too many ordinary words.</summary>
    private static void CheckStems(ContentMap rules, string key, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.EndsWith('*') && TextNormalizer.Normalize(word.TrimEnd('*')).Length < SafetyRules.MinimumStem)
                {
                    rules.Errors.Add(rules.File, rules.ValueAt(key), $"'{phrase}' in rules.{key}: a stem ending in '*' needs at least {SafetyRules.MinimumStem} letters before the '*', or it matches ordinary words.");
                }
            }
        }
    }
}
