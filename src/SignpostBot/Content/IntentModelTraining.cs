using SignpostBot.Content.Understanding;

namespace SignpostBot.Content;

/// <summary>
/// Puts the built-in content's intent classifier in use once the app has started, on the spare core
/// (<see cref="BotContentHolder.UseTrained"/>): the model the build prepared when it was learnt from these examples
/// (<see cref="SavedIntentModel"/>), else one trained here. Until then the bot already answers: danger and suicide come
/// from the content rules, and places, ages and who is writing from the recognizers, so nobody waits for a model.
/// </summary>
internal sealed partial class IntentModelTraining(BotContentHolder holder, SavedIntentModel saved, ILogger<IntentModelTraining> logger) : BackgroundService
{
    // All of it on the thread pool: putting a classifier in use builds a bot (a fifth of a second), which must not hold
    // up the server's start.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        async () =>
        {
            if (holder.BuiltIn.Bot.Classifier is not null)
            {
                return;
            }

            if (await saved.ForAsync(holder.BuiltIn.Bot.Content) is { } prepared)
            {
                Use(holder, prepared, logger);
                return;
            }

            Train(holder, logger);
        },
        stoppingToken);

    /// <summary>Before serving (<see cref="BotOptions.TrainBeforeServing"/>): the prepared model once it is read, else one trained now.</summary>
    public static void UseBeforeServing(BotContentHolder holder, SavedIntentModel saved, ILogger logger)
    {
        if (holder.BuiltIn.Bot.Classifier is not null)
        {
            return;
        }

        if (saved.ForAsync(holder.BuiltIn.Bot.Content).GetAwaiter().GetResult() is { } prepared)
        {
            Use(holder, prepared, logger);
            return;
        }

        Train(holder, logger);
    }

    /// <summary>Trains the built-in content's classifier and puts it in use; nothing when it already has one.</summary>
    private static void Train(BotContentHolder holder, ILogger logger)
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

    private static void Use(BotContentHolder holder, IntentClassifier prepared, ILogger logger)
    {
        var builtIn = holder.BuiltIn.Bot;
        if (builtIn.Classifier is null)
        {
            holder.UseTrained(builtIn.WithContent(builtIn.Content, prepared));
            LogPrepared(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The intent classifier is trained and in use ({Milliseconds:0} ms).")]
    private static partial void LogTrained(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The intent classifier prepared by the build is in use.")]
    private static partial void LogPrepared(ILogger logger);
}
