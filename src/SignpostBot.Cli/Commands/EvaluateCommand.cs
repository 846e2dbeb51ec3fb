using SignpostBot.Content.Loading;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Cli.Commands;

/// <summary><c>evaluate</c>: the bot's understanding over the held-out labelled set (tests/understanding/), like <c>rasa test nlu</c>.</summary>
internal static class EvaluateCommand
{
    public static int Run(ContentRoot root, string? set, bool showMistakes, TextWriter output)
    {
        if (LoadedContent.Load(root, output) is not { } content)
        {
            return 1;
        }

        var errors = new ContentErrors();
        var messages = EvaluationSet.Read(set ?? Path.Join(root.Root, "tests", "understanding"), errors);
        foreach (var problem in errors.All)
        {
            output.WriteLine(LoadedContent.Format(root, problem));
        }

        var classifier = IntentClassifier.Train(content.Understanding);
        output.WriteLine($"trained on {content.Understanding.Sum(u => u.Examples.Count())} examples in {classifier?.TrainingTime.TotalMilliseconds:0} ms");
        UnderstandingEvaluation.Write(UnderstandingEvaluation.Run(messages, new MessageInterpreter(content, classifier)), output, showMistakes);
        return errors.HasErrors ? 1 : 0;
    }
}
