using SignpostBot.Content.Understanding;

namespace SignpostBot.Content;

/// <summary>
/// Trains the built-in content's intent classifier once the app has started, on the spare core, and swaps it in
/// (<see cref="BotContentHolder.UseTrained"/>). Until then the bot already answers: danger and suicide come from the
/// content rules, and places, ages and who is writing from the recognizers, so nobody waits for a model.
/// </summary>
internal sealed partial class IntentModelTraining(BotContentHolder holder, ILogger<IntentModelTraining> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (holder.BuiltIn.Bot.Classifier is null)
        {
            await Task.Run(() => Train(holder, logger), stoppingToken);
        }
    }

    /// <summary>Trains the built-in content's classifier and puts it in use; nothing when it already has one.</summary>
    public static void Train(BotContentHolder holder, ILogger logger)
    {
        var builtIn = holder.BuiltIn.Bot;
        if (builtIn.Classifier is not null)
        {
            return;
        }

        var classifier = IntentClassifier.For(builtIn.Content.Understanding);
        holder.UseTrained(builtIn.WithContent(builtIn.Content, classifier));
        LogTrained(logger, classifier?.TrainingTime.TotalMilliseconds ?? 0);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The intent classifier is trained and in use ({Milliseconds:0} ms).")]
    private static partial void LogTrained(ILogger logger, double milliseconds);
}
