using System.Globalization;
using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Schema;

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
        foreach (var settings in ClassifierSettings.Candidates)
        {
            var result = IntentClassifier.CrossValidate(content.Understanding, settings);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.MicroAccuracy,5:0.000} {result.MacroAccuracy,5:0.000} {result.TrainingTime.TotalMilliseconds,7:0}  {settings}"));
        }

        return 0;
    }
}
