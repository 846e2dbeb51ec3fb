using System.Globalization;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Understanding;

/// <summary>
/// Reads a free message into an <see cref="Interpretation"/>: the one place the engine, <c>evaluate</c> and
/// <c>explain</c> get their understanding from, so the tools measure what the bot does. Danger and self-harm are the
/// union of the content rules (every language's <c>dialogs/understanding/</c> <c>rules</c>, with their negations and
/// pleas) and the classifier, so neither can be missed because of a score.
/// </summary>
public sealed class MessageInterpreter
{
    /// <summary>A classifier score at or above this counts as the classifier seeing danger or self-harm.</summary>
    public const float SafetyScore = 0.5f;

    /// <summary>The intent that, for a child, is danger now at any score.</summary>
    private const string ChildSexualExploitation = "disclosure.sexual_exploitation";

    private readonly InterruptionDetector _rules;
    private readonly CountryRecognizer _countries;
    private readonly IIntentClassifier? _classifier;
    private readonly HashSet<string> _ageWords;
    private readonly string[][] _childWords;

    public MessageInterpreter(DialogSet content, IIntentClassifier? classifier)
    {
        _rules = new InterruptionDetector(content);
        _countries = new CountryRecognizer(content.Knowledge.Countries.Select(c => new CountryName(c.Code, c.Name, c.Aliases)), content.Words);
        _classifier = classifier;
        _ageWords = content.Understanding.SelectMany(u => u.AgeWords).SelectMany(w => TextNormalizer.Tokenize(TextNormalizer.Normalize(w))).ToHashSet(StringComparer.Ordinal);
        _childWords = content.Understanding.SelectMany(u => u.ChildWords).Select(w => TextNormalizer.Tokenize(TextNormalizer.Normalize(w))).Where(t => t.Length > 0).ToArray();
    }

    public Interpretation Interpret(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = TextNormalizer.Tokenize(normalized);
        var rules = new List<string>();
        var scores = _classifier?.Classify(text) ?? [];

        var country = _countries.Recognize(text, MatchMode.Find)?.Code;
        var age = Age(tokens);
        var under18 = age is < 18 || _childWords.Any(w => Contains(tokens, w));
        if (age is not null)
        {
            rules.Add($"age: {age}");
        }

        var (danger, selfHarm) = Safety(tokens, scores, under18, rules);
        return new Interpretation(scores, danger, selfHarm, country, age, under18, Role(scores), rules);
    }

    /// <summary>
    /// Danger and self-harm: each is the union of its rule (a phrase of any language, <see cref="SafetyRules"/>) and the
    /// classifier (the intent's score at or above <see cref="SafetyScore"/>), so neither is missed because of a score.
    /// A child whose message reads best as sexual exploitation is in danger whatever the score: a child being sexually
    /// exploited is danger now (tests/understanding/README.md). What decided is added to <paramref name="rules"/> for
    /// <c>explain</c>.
    /// </summary>
    private (bool Danger, bool SelfHarm) Safety(string[] tokens, IReadOnlyList<IntentScore> scores, bool under18, List<string> rules)
    {
        var selfHarm = Decide(_rules.Safety.Find(tokens, SafetyKind.SelfHarm), "self-harm", "self_harm");
        var danger = Decide(_rules.Safety.Find(tokens, SafetyKind.Danger), "danger", "danger.now");
        if (!danger && under18 && scores.Count > 0 && scores[0].Intent == ChildSexualExploitation)
        {
            danger = true;
            rules.Add($"child and classifier: {ChildSexualExploitation}");
        }

        return (danger, selfHarm);

        bool Decide(SafetyMatch match, string name, string intent)
        {
            if (match.Kind != SafetyKind.None)
            {
                rules.Add($"rule: {name} phrase '{match.Phrase}' ({match.Language})");
                return true;
            }

            foreach (var score in scores)
            {
                if (score.Intent == intent && score.Score >= SafetyScore)
                {
                    rules.Add($"classifier: {intent}");
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The role with the most weight: each intent family speaks for one role.</summary>
    private static string Role(IReadOnlyList<IntentScore> scores)
    {
        if (scores.Count == 0)
        {
            return "unknown";
        }

        var weights = new Dictionary<string, float>(StringComparer.Ordinal) { ["victim"] = 0, ["public"] = 0, ["professional"] = 0, ["unknown"] = 0 };
        foreach (var (intent, score) in scores)
        {
            var role = intent switch
            {
                "role.victim" or "self_harm" or "danger.now" => "victim",
                "role.public" => "public",
                "role.professional" => "professional",
                _ when intent.StartsWith("professional.", StringComparison.Ordinal) => "professional",
                _ when intent.StartsWith("disclosure.", StringComparison.Ordinal) => "victim",
                _ => "unknown",
            };
            weights[role] += score;
        }

        return weights.OrderByDescending(w => w.Value).First().Key;
    }

    /// <summary>A number from 5 to 25 beside an age word ("im 13", "13 years old", "13yo").</summary>
    private int? Age(string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var digits = new string(token.TakeWhile(char.IsAsciiDigit).ToArray());
            if (digits.Length is 0 or > 2 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 5 or > 25)
            {
                continue;
            }

            var suffix = token[digits.Length..];
            if ((suffix.Length > 0 && _ageWords.Contains(suffix)) || (i > 0 && _ageWords.Contains(tokens[i - 1])) || (i + 1 < tokens.Length && _ageWords.Contains(tokens[i + 1])))
            {
                return n;
            }
        }

        return null;
    }

    private static bool Contains(string[] tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            if (tokens.AsSpan(i, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }
}
