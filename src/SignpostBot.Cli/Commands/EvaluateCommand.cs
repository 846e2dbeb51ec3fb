using System.Globalization;
using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Cli.Commands;

/// <summary>
/// <c>evaluate</c>: the bot's understanding over the held-out labelled set (tests/understanding/), like <c>rasa test
/// nlu</c>, and each message that asks for help played as a first message through the bot as it runs (its trained
/// classifier, on Web Chat).
/// </summary>
internal static class EvaluateCommand
{
    public static int Run(ContentRoot root, string? set, bool showMistakes, TextWriter output)
    {
        if (LoadedContent.LoadBot(root, output) is not { } bot)
        {
            return 1;
        }

        var errors = new ContentErrors();
        var messages = EvaluationSet.Read(set ?? Path.Join(root.Root, "tests", "understanding"), errors);
        foreach (var problem in errors.All)
        {
            output.WriteLine(LoadedContent.Format(root, problem));
        }

        if (bot.Classifier is IntentClassifier classifier)
        {
            output.WriteLine($"trained on {bot.Content.Understanding.Sum(u => u.Examples.Count())} examples in {classifier.TrainingTime.TotalMilliseconds:0} ms ({classifier.TrainingProcessorTime.TotalMilliseconds:0} ms of processor time)");
        }

        var report = UnderstandingEvaluation.Run(messages, bot.Interpreter, new FirstReply(bot, bot.Content.Knowledge, Channels.WebChat));
        UnderstandingEvaluation.Write(report, output, showMistakes);
        return errors.HasErrors ? 1 : 0;
    }

    /// <summary>
    /// <c>evaluate --cross-validate</c>: each candidate classifier setting's 5-fold cross-validated accuracy on the
    /// training examples and its training time, to choose <see cref="ClassifierSettings.Chosen"/> without looking at
    /// the held-out set.
    /// </summary>
    public static int CrossValidate(ContentRoot root, TextWriter output)
    {
        if (LoadedContent.Load(root, output) is not { } content)
        {
            return 1;
        }

        output.WriteLine($"5-fold cross-validation on {content.Understanding.Sum(u => u.Examples.Count())} training examples");
        output.WriteLine($"{"micro",5} {"macro",5} {"ms/fold",7}  settings");
        CrossValidation? chosen = null;
        foreach (var settings in ClassifierSettings.Candidates)
        {
            var result = IntentClassifier.CrossValidate(content.Understanding, settings);
            chosen ??= result;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.MicroAccuracy,5:0.000} {result.MacroAccuracy,5:0.000} {result.TrainingTime.TotalMilliseconds,7:0}  {settings}"));
        }

        if (chosen is not null)
        {
            WriteSafetyScores(chosen, new MessageInterpreter(content, classifier: null), output);
        }

        return 0;
    }

    /// <summary>
    /// For the chosen settings, what the classifier alone would do at each candidate
    /// <see cref="MessageInterpreter.SafetyScore"/> on training examples it did not train on: the share of <c>other</c>
    /// examples (harmless messages, idioms among them) it alarms on, and the share of <c>danger.now</c> and
    /// <c>self_harm</c> examples seen by the union of the rules and the classifier. Messages shorter than
    /// <see cref="MessageInterpreter.SafetyWords"/> words are left to the rules, as the interpreter does.
    /// </summary>
    private static void WriteSafetyScores(CrossValidation chosen, MessageInterpreter rulesOnly, TextWriter output)
    {
        var byRules = chosen.OutOfFold.Where(r => r.Intent is "danger.now" or "self_harm")
            .ToDictionary(r => r, r => rulesOnly.Interpret(r.Text, classify: false));
        output.WriteLine();
        output.WriteLine($"the classifier alone on examples it did not train on (chosen settings; SafetyScore now {MessageInterpreter.SafetyScore.ToString("0.00", CultureInfo.InvariantCulture)})");
        output.WriteLine($"{"score",5}  {"other alarmed (danger)",22} {"danger.now seen",15}  {"other alarmed (self-harm)",25} {"self_harm seen",14}   (seen: rules or classifier)");
        foreach (var threshold in SafetyScoreCandidates)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{threshold,5:0.00}  {chosen.ShareAtOrAbove("danger.now", "other", threshold, MessageInterpreter.SafetyWords),22:0.000} {Seen("danger.now", threshold, r => byRules[r].Danger),15:0.000}  {chosen.ShareAtOrAbove("self_harm", "other", threshold, MessageInterpreter.SafetyWords),25:0.000} {Seen("self_harm", threshold, r => byRules[r].SelfHarm),14:0.000}"));
        }

        double Seen(string intent, float threshold, Func<OutOfFoldScores, bool> rule)
        {
            var rows = byRules.Keys.Where(r => r.Intent == intent).ToList();
            return (double)rows.Count(r => rule(r) || (r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MessageInterpreter.SafetyWords && r.Scores.GetValueOrDefault(intent) >= threshold)) / rows.Count;
        }
    }

    private static readonly float[] SafetyScoreCandidates = [0.5f, 0.6f, 0.7f, 0.8f, 0.85f, 0.9f, 0.95f];
}
