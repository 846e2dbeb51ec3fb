using System.Globalization;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Cli.Commands;

/// <summary><c>explain "text"</c>: the intents, scores, entities and rules that decide how the bot reads a message.</summary>
internal static class ExplainCommand
{
    public static int Run(ContentRoot root, string text, TextWriter output)
    {
        if (LoadedContent.Load(root, output) is not { } content)
        {
            return 1;
        }

        var read = new MessageInterpreter(content, IntentClassifier.Train(content.Understanding)).Interpret(text);
        output.WriteLine($"intent     {read.Intent} ({read.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}){(read.Confidence < UnderstandingEvaluation.ConfidentScore ? "  low confidence: the bot asks a clarifying question" : string.Empty)}");
        output.WriteLine($"next       {string.Join(", ", read.Scores.Skip(1).Take(3).Select(s => $"{s.Intent} ({s.Score.ToString("0.00", CultureInfo.InvariantCulture)})"))}");
        output.WriteLine($"danger     {(read.Danger ? "yes" : "no")}");
        output.WriteLine($"self-harm  {(read.SelfHarm ? "yes" : "no")}");
        output.WriteLine($"role       {read.Role}");
        output.WriteLine($"country    {read.Country ?? "-"}");
        output.WriteLine($"age        {(read.Age is { } age ? age.ToString(CultureInfo.InvariantCulture) : "-")}{(read.Under18 ? " (under 18)" : string.Empty)}");
        output.WriteLine($"decided by {(read.Rules.Count == 0 ? "the classifier" : string.Join("; ", read.Rules))}");
        return 0;
    }
}
