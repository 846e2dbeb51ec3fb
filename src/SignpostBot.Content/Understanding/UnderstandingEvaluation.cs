using System.Globalization;
using SignpostBot.Content.Analysis;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Content.Understanding;

/// <summary>Precision and recall of one intent over the evaluation set; NaN when there is nothing to divide by.</summary>
public sealed record IntentMeasure(string Intent, int Support, double Precision, double Recall);

/// <summary>
/// How well the bot understands the held-out evaluation set (like <c>rasa test nlu</c>): per-intent precision and
/// recall, a confusion table, and the safety, role, country and first-message help figures CI holds to thresholds.
/// </summary>
/// <param name="DangerRecall">Share of danger messages the interpreter flags as danger (rules or classifier).</param>
/// <param name="SelfHarmRecall">Share of self-harm messages flagged as self-harm.</param>
/// <param name="InnocentFalseAlarms">Share of innocent messages flagged as danger or self-harm.</param>
/// <param name="RoleAccuracy">Share of messages whose role is labelled (not <c>unknown</c>) read with that role (tests/understanding/README.md).</param>
/// <param name="CountryAccuracy">
/// Share of the messages labelled with a country, or only with an origin, whose country is read right (none for an
/// origin only): tests/understanding/README.md's measure.
/// </param>
/// <param name="Understood">Share of messages, not innocent, read with a safety detection or an intent at or above <see cref="UnderstandingEvaluation.ConfidentScore"/>.</param>
public sealed record EvaluationReport(
    int Messages,
    double IntentAccuracy,
    IReadOnlyList<IntentMeasure> Intents,
    IReadOnlyDictionary<(string Expected, string Predicted), int> Confusion,
    double DangerRecall,
    double SelfHarmRecall,
    double InnocentFalseAlarms,
    double RoleAccuracy,
    double CountryAccuracy,
    double Understood)
{
    /// <summary>Share of the messages with a country labelled or read whose country is read right: a country read where none is said counts against it too.</summary>
    public double CountryAccuracyAll { get; init; } = double.NaN;

    /// <summary>Share of every message read with its labelled role, <c>unknown</c> included (a harmless message read as a victim's is wrong too).</summary>
    public double RoleAccuracyAll { get; init; } = double.NaN;

    /// <summary>
    /// Share of the messages that ask for help (<see cref="UnderstandingEvaluation.AsksForHelp"/>) whose first reply on
    /// Web Chat, after the welcome, offers a phone number of the knowledge to call (<see cref="FirstReply"/>); NaN when
    /// no bot was given to play them through.
    /// </summary>
    public double FirstMessageHelp { get; init; } = double.NaN;

    /// <summary>The messages that ask for help and got no phone number in the first reply, "(language) intent: text".</summary>
    public IReadOnlyList<string> HelpMistakes { get; init; } = [];

    /// <summary>Safety misses and false alarms, "file language: text", for the people who own the words to read.</summary>
    public IReadOnlyList<string> SafetyMistakes { get; init; } = [];

    /// <summary>Countries read wrong (missed, wrong or found where none is labelled), "language: expected -> read: text".</summary>
    public IReadOnlyList<string> CountryMistakes { get; init; } = [];

    /// <summary>Roles read wrong, "language: expected -> read: text".</summary>
    public IReadOnlyList<string> RoleMistakes { get; init; } = [];
}

/// <summary>Runs the interpreter over labelled messages.</summary>
public static class UnderstandingEvaluation
{
    /// <summary>A best-intent score below this is low confidence: the bot asks a clarifying question.</summary>
    public const float ConfidentScore = MessageInterpreter.ConfidentScore;

    /// <summary>
    /// Whether a labelled message asks for help, so its first reply must carry a phone number: every message but the
    /// innocent traps, greetings and <c>other</c> (off-topic, thanks, idioms). Disclosures, danger, self-harm, questions,
    /// a role said, a place named and professionals' questions all do.
    /// </summary>
    public static bool AsksForHelp(LabelledMessage message)
        => !message.Innocent && message.Intent is not ("greeting" or "other");

    /// <summary>
    /// The interpreter's reading of every message against its labels; with <paramref name="firstReply"/> (the real turn
    /// function on Web Chat) also the first-message help rate of the messages that ask for help.
    /// </summary>
    public static EvaluationReport Run(IReadOnlyList<LabelledMessage> messages, MessageInterpreter interpreter, FirstReply? firstReply = null)
    {
        ArgumentNullException.ThrowIfNull(interpreter);
        var results = messages.Select(m => (Label: m, Read: interpreter.Interpret(m.Text))).ToList();
        var confusion = results.GroupBy(r => (r.Label.Intent, r.Read.Intent)).ToDictionary(g => g.Key, g => g.Count());
        var intents = results.Select(r => r.Label.Intent).Concat(results.Select(r => r.Read.Intent)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(intent =>
            {
                var truePositives = results.Count(r => r.Label.Intent == intent && r.Read.Intent == intent);
                var predicted = results.Count(r => r.Read.Intent == intent);
                var support = results.Count(r => r.Label.Intent == intent);
                return new IntentMeasure(intent, support, Share(truePositives, predicted), Share(truePositives, support));
            }).ToList();

        var withCountry = results.Where(r => r.Label.Country is not null || r.Read.Country is not null).ToList();
        var labelledPlace = results.Where(r => r.Label.Country is not null || r.Label.Origin is not null).ToList();
        var notInnocent = results.Where(r => !r.Label.Innocent).ToList();
        var withRole = results.Where(r => r.Label.Role != "unknown").ToList();
        var asking = messages.Where(AsksForHelp).ToList();
        var unhelped = firstReply is null ? [] : asking.Where(m => !firstReply.Helps(m.Text)).ToList();
        return new EvaluationReport(
            results.Count,
            Share(results.Count(r => r.Label.Intent == r.Read.Intent), results.Count),
            intents,
            confusion,
            Share(results.Count(r => r.Label.Danger && r.Read.Danger), results.Count(r => r.Label.Danger)),
            Share(results.Count(r => r.Label.SelfHarm && r.Read.SelfHarm), results.Count(r => r.Label.SelfHarm)),
            Share(results.Count(r => r.Label.Innocent && (r.Read.Danger || r.Read.SelfHarm)), results.Count(r => r.Label.Innocent)),
            Share(withRole.Count(r => r.Label.Role == r.Read.Role), withRole.Count),
            Share(labelledPlace.Count(SameCountry), labelledPlace.Count),
            Share(notInnocent.Count(r => r.Read.Danger || r.Read.SelfHarm || r.Read.Confidence >= ConfidentScore), notInnocent.Count))
        {
            CountryAccuracyAll = Share(withCountry.Count(SameCountry), withCountry.Count),
            RoleAccuracyAll = Share(results.Count(r => r.Label.Role == r.Read.Role), results.Count),
            FirstMessageHelp = firstReply is null ? double.NaN : Share(asking.Count - unhelped.Count, asking.Count),
            HelpMistakes = unhelped.Select(m => $"({m.Language}) {m.Intent}: {m.Text}").ToList(),
            SafetyMistakes = results.Where(r => (r.Label.Danger && !r.Read.Danger) || (r.Label.SelfHarm && !r.Read.SelfHarm) || (r.Label.Innocent && (r.Read.Danger || r.Read.SelfHarm)))
                .Select(r => $"{(r.Label.Innocent ? "false alarm" : r.Label.SelfHarm && !r.Read.SelfHarm ? "missed self-harm" : "missed danger")} ({r.Label.Language}): {r.Label.Text}").ToList(),
            CountryMistakes = withCountry.Where(r => !SameCountry(r))
                .Select(r => $"({r.Label.Language}) {r.Label.Country ?? "-"} -> {r.Read.Country ?? "-"}: {r.Label.Text}").ToList(),
            RoleMistakes = results.Where(r => r.Label.Role != r.Read.Role)
                .Select(r => $"({r.Label.Language}) {r.Label.Role} -> {r.Read.Role} [{r.Read.Intent}]: {r.Label.Text}").ToList(),
        };
    }

    /// <summary>The report as text: the headline figures, per-intent precision and recall, the most frequent confusions.</summary>
    public static void Write(EvaluationReport report, TextWriter output, bool showMistakes = false)
    {
        static string P(double v) => double.IsNaN(v) ? "   -" : v.ToString("0.00", CultureInfo.InvariantCulture);

        // Three decimals beside a threshold: 0.9155 printed as 0.92 would look like a met 0.92.
        static string H(double v) => double.IsNaN(v) ? "    -" : v.ToString("0.000", CultureInfo.InvariantCulture);
        output.WriteLine($"{report.Messages} messages");
        output.WriteLine($"danger recall        {H(report.DangerRecall)}   (CI: >= 0.99)");
        output.WriteLine($"self-harm recall     {H(report.SelfHarmRecall)}   (CI: >= 0.99)");
        output.WriteLine($"innocent false alarm {H(report.InnocentFalseAlarms)}   (CI: <= 0.03)");
        output.WriteLine($"role accuracy        {H(report.RoleAccuracy)}   (CI: >= 0.92; messages whose role is known. All messages: {H(report.RoleAccuracyAll)})");
        output.WriteLine($"country accuracy     {H(report.CountryAccuracy)}   (CI: >= 0.97; messages labelled with a country or an origin. With every country read: {H(report.CountryAccuracyAll)})");
        output.WriteLine($"first-message help   {H(report.FirstMessageHelp)}   (CI: >= 0.95; a phone number in the first reply to a message asking for help)");
        output.WriteLine($"understood           {H(report.Understood)}   (share read with confidence or a safety detection)");
        output.WriteLine($"intent accuracy      {H(report.IntentAccuracy)}");
        output.WriteLine();
        output.WriteLine($"{"intent",-40} {"n",4} {"prec",5} {"rec",5}");
        foreach (var m in report.Intents)
        {
            output.WriteLine($"{m.Intent,-40} {m.Support,4} {P(m.Precision),5} {P(m.Recall),5}");
        }

        output.WriteLine();
        output.WriteLine("most frequent confusions (expected -> predicted: count)");
        foreach (var ((expected, predicted), count) in report.Confusion.Where(c => c.Key.Expected != c.Key.Predicted).OrderByDescending(c => c.Value).ThenBy(c => c.Key.Expected, StringComparer.Ordinal).Take(20))
        {
            output.WriteLine($"  {expected} -> {predicted}: {count}");
        }

        if (showMistakes)
        {
            WriteMistakes(output, "safety mistakes", report.SafetyMistakes);
            WriteMistakes(output, "country mistakes (expected -> read)", report.CountryMistakes);
            WriteMistakes(output, "first messages without a phone number in the first reply (intent: text)", report.HelpMistakes);
            WriteMistakes(output, "role mistakes (expected -> read [intent])", report.RoleMistakes);
        }
    }

    private static bool SameCountry((LabelledMessage Label, Interpretation Read) result)
        => string.Equals(result.Label.Country, result.Read.Country, StringComparison.OrdinalIgnoreCase);

    private static void WriteMistakes(TextWriter output, string heading, IEnumerable<string> mistakes)
    {
        output.WriteLine();
        output.WriteLine(heading);
        foreach (var mistake in mistakes)
        {
            output.WriteLine("  " + mistake);
        }
    }

    private static double Share(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
}
