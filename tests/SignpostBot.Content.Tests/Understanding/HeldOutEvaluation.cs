using SignpostBot.Content.Analysis;
using SignpostBot.Content.Loading;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Testing;

namespace SignpostBot.Content.Tests.Understanding;

/// <summary>
/// The classifier trained once from the repository's examples, and evaluate's report on the held-out set
/// (tests/understanding/): the interpreter's readings and each message that asks for help played as a first message
/// through the bot on Web Chat. Shared by every test that needs them: training takes seconds, so the suite pays it once.
/// </summary>
internal static class HeldOutEvaluation
{
    private static readonly Lazy<EvaluationReport> LazyReport = new(() =>
    {
        var errors = new ContentErrors();
        var messages = EvaluationSet.Read(RepositoryPaths.Understanding, errors);
        Assert.False(errors.HasErrors, string.Join('\n', errors.All));
        var bot = TestContent.NewBot();
        return UnderstandingEvaluation.Run(messages, bot.Interpreter, new FirstReply(bot, TestContent.Knowledge, Channels.WebChat));
    });

    /// <summary>The classifier of the repository's examples.</summary>
    public static IntentClassifier Classifier => TestContent.Classifier!;

    /// <summary>What <c>signpostbot evaluate</c> reports on the held-out set.</summary>
    public static EvaluationReport Report => LazyReport.Value;
}
