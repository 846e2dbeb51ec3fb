using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Understanding;

/// <summary>
/// Reads a free message into an <see cref="Interpretation"/>: the one place the engine, <c>evaluate</c> and
/// <c>explain</c> get their understanding from, so the tools measure what the bot does. Danger and self-harm are the
/// union of the content rules (<c>dialogs/global.yaml</c> interruptions, with their negations) and the classifier, so
/// neither can be missed because of a score.
/// </summary>
public sealed class MessageInterpreter
{
    /// <summary>
    /// A classifier score at or above this counts as the classifier seeing danger or self-harm on its own: it must be
    /// nearly sure, because the rules carry recall and a wrong alarm tells someone who is fine to call 999. Checked with
    /// <c>evaluate --cross-validate</c> on training examples the model did not train on (3,210 examples, November 2026):
    /// at 0.8 the classifier alone alarms on 2.9 % of <c>other</c> examples and rules and classifier together see 83.5 %
    /// of <c>danger.now</c> examples; 0.9 would alarm on 1.7 % but see 2.6 points fewer, so harmless look-alikes are
    /// taught as <c>other</c> examples instead.
    /// </summary>
    public const float SafetyScore = 0.8f;

    /// <summary>The fewest words a message needs before the classifier alone may raise danger or self-harm: "no", "help" and "Não" are answers.</summary>
    public const int SafetyWords = 3;

    /// <summary>A best-intent score below this is low confidence: the bot asks a clarifying question, and the intent says nothing about the role.</summary>
    public const float ConfidentScore = 0.35f;

    /// <summary>The intents that say only who is writing (<c>role.victim</c>, <c>role.public</c>, <c>role.professional</c>).</summary>
    private const string RoleIntentPrefix = "role.";

    /// <summary>The intent that, for a child, is danger now at any score.</summary>
    private const string ChildSexualExploitation = "disclosure.sexual_exploitation";

    private readonly InterruptionDetector _rules;
    private readonly PlaceRecognizer _places;
    private readonly AgeRecognizer _ages;
    private readonly RoleHintRecognizer _roles;
    private readonly IIntentClassifier? _classifier;

    public MessageInterpreter(DialogSet content, IIntentClassifier? classifier)
        : this(content, classifier, new InterruptionDetector(content), Countries(content))
    {
    }

    /// <summary>The bot's own: the interruption rules (every language's safety phrases) and country names it already built, shared.</summary>
    internal MessageInterpreter(DialogSet content, IIntentClassifier? classifier, InterruptionDetector rules, IReadOnlyList<CountryName> countries)
    {
        _rules = rules;
        _places = new PlaceRecognizer(countries, content.Words, new CountryRecognizer(countries, content.Words));
        _ages = new AgeRecognizer(content.Understanding.SelectMany(u => u.AgeWords), content.Understanding.SelectMany(u => u.ChildWords));
        _roles = new RoleHintRecognizer(Enum.GetValues<RoleHint>().ToDictionary(
            role => role,
            role => content.Understanding.SelectMany(u => u.RoleWords.TryGetValue(role, out var words) ? words : [])));
        _classifier = classifier;
    }

    /// <summary>The content's countries by name, native name and alias, as the recognizers read them.</summary>
    internal static IReadOnlyList<CountryName> Countries(DialogSet content)
        => [.. content.Knowledge.Countries.Select(c => new CountryName(c.Code, c.Name, c.Aliases))];

    /// <param name="classify">
    /// Run the classifier (the tools always do). The bot leaves it out for a short answer to a question that is not a
    /// first message ("no", "Romania"): nothing there needs an intent, and the safety rules still read it.
    /// </param>
    public Interpretation Interpret(string text, bool classify = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        return Interpret(text, normalized, TextNormalizer.Tokenize(normalized), classify);
    }

    /// <summary>The same on a message the engine has already normalized (<see cref="TextNormalizer.Normalize"/>) and split (<see cref="TextNormalizer.Tokenize"/>).</summary>
    internal Interpretation Interpret(string text, string normalized, string[] tokens, bool classify)
    {
        var rules = new List<string>();
        var scores = classify ? _classifier?.Classify(text) ?? [] : [];
        var where = _places.FindWhereTheWriterIs(normalized, tokens, text);
        if (where.Location is { } location)
        {
            rules.Add($"country: {location.Code} ({location.Source}: {location.Words})");
        }

        if (where.Origin is { } origin)
        {
            rules.Add($"origin: {origin.Code} ({origin.Words}), not where they are");
        }

        var age = _ages.Find(tokens);
        if (age is not null)
        {
            rules.Add(age.Age is { } years ? $"age: {years} ({age.Words})" : $"under 18: {age.Words}");
        }

        var hint = _roles.Find(tokens);
        if (hint is not null)
        {
            rules.Add($"role words: {hint.Words}");
        }

        var under18 = age?.Under18 == true;
        var (danger, selfHarm) = Safety(tokens, scores, under18, rules);
        return new Interpretation(scores, danger, selfHarm, where.Location?.Code, age?.Age, under18, Role(scores, hint?.Role, danger, selfHarm, under18), rules)
        {
            Origin = where.Origin?.Code,
            CountrySource = where.Location?.Source,
        };
    }

    /// <summary>
    /// Danger and self-harm: each is the union of its rule (a phrase of any language, <see cref="SafetyRules"/>) and the
    /// classifier (the intent's score at or above <see cref="SafetyScore"/>), so neither is missed because of a score.
    /// A child whose message reads as sexual exploitation with a confident score (<see cref="ConfidentScore"/>, best or
    /// not) is in danger: a child being sexually exploited is danger now (tests/understanding/README.md). What decided is added to <paramref name="rules"/> for
    /// <c>explain</c>.
    /// </summary>
    private (bool Danger, bool SelfHarm) Safety(string[] tokens, IReadOnlyList<IntentScore> scores, bool under18, List<string> rules)
    {
        bool? negated = null;
        var selfHarm = Decide(_rules.Safety.Find(tokens, SafetyKind.SelfHarm), "self-harm", "self_harm");
        var danger = Decide(_rules.Safety.Find(tokens, SafetyKind.Danger), "danger", "danger.now");
        if (!danger && under18 && scores.Any(s => s.Intent == ChildSexualExploitation && s.Score >= ConfidentScore))
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

            // The classifier has no sense of "not", and a word or two is an answer: such messages are left to the rules.
            if (tokens.Length < SafetyWords || (negated ??= _rules.Safety.HasNegation(tokens)))
            {
                return false;
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

    /// <summary>
    /// Who is writing: the role the best intent speaks for (a disclosure or danger for the person themselves, a
    /// professional topic for a professional; self-harm and questions do not say; places, greetings and anything else
    /// say nothing), sharpened by the role words the message has. Role words count only for a message about someone's
    /// situation, never for small talk; when the best intent is itself a role intent, role words decide over it. The best
    /// intent alone decides, not a sum over intents: the seven disclosures
    /// would otherwise outvote a question that is clearly best. When no intent reaches <see cref="ConfidentScore"/>,
    /// the family with the most weight in all decides: unsure between four disclosures is still sure of a disclosure.
    /// Safety seen by the rules or the classifier is never small talk: danger is someone's situation now, the writer's
    /// unless role words say whose (as <c>danger.now</c> speaks for the writer); thoughts of suicide do not say whose.
    /// A question or self-harm from a child with no one else named is the child's own, as the bot's first reply for a
    /// child takes it (<c>firstMessage</c>'s child reply in global.yaml).
    /// </summary>
    private static string Role(IReadOnlyList<IntentScore> scores, RoleHint? hint, bool danger, bool selfHarm, bool under18)
    {
        var confident = scores.Count > 0 && scores[0].Score >= ConfidentScore;
        if (confident && hint is { } said && scores[0].Intent.StartsWith(RoleIntentPrefix, StringComparison.Ordinal))
        {
            // A role intent is the classifier's guess at who is writing; words that say who ("my neighbour", "help me") know better.
            return said switch
            {
                RoleHint.Professional => "professional",
                RoleHint.SomeoneElse => "public",
                _ => "victim",
            };
        }

        var best = scores.Count == 0 ? Family.Other : confident ? FamilyOf(scores[0].Intent) : Heaviest(scores);
        best = best switch
        {
            Family.Other or Family.Unsaid when danger => Family.Victim,
            Family.Other when selfHarm => Family.Unsaid,
            _ => best,
        };
        return (best, hint) switch
        {
            (Family.Other, _) => "unknown",
            (_, RoleHint.Professional) => "professional",
            (Family.Victim or Family.Public or Family.Unsaid, RoleHint.SomeoneElse) => "public",
            (Family.Unsaid, RoleHint.Self) => "victim",
            (Family.Unsaid, null) when under18 => "victim",
            (Family.Victim, _) => "victim",
            (Family.Public, _) => "public",
            (Family.Professional, _) => "professional",
            _ => "unknown",
        };
    }

    private static Family Heaviest(IReadOnlyList<IntentScore> scores)
    {
        Span<float> weights = stackalloc float[FamilyCount];
        foreach (var (intent, score) in scores)
        {
            weights[(int)FamilyOf(intent)] += score;
        }

        var heaviest = 0;
        for (var family = 1; family < FamilyCount; family++)
        {
            heaviest = weights[family] > weights[heaviest] ? family : heaviest;
        }

        return (Family)heaviest;
    }

    private static Family FamilyOf(string intent) => intent switch
    {
        "role.victim" or "danger.now" => Family.Victim,
        "role.public" => Family.Public,
        "role.professional" => Family.Professional,
        "self_harm" => Family.Unsaid,
        "greeting" or "country.only" or "other" => Family.Other,
        _ when intent.StartsWith("professional.", StringComparison.Ordinal) => Family.Professional,
        _ when intent.StartsWith("disclosure.", StringComparison.Ordinal) => Family.Victim,
        _ when intent.StartsWith("question.", StringComparison.Ordinal) => Family.Unsaid,
        _ => Family.Other,
    };

    private const int FamilyCount = 5;

    // Which role an intent speaks for: Unsaid is about a situation without saying whose (self-harm, a question).
    private enum Family
    {
        Victim,
        Public,
        Professional,
        Unsaid,
        Other,
    }
}
