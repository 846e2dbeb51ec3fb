using Microsoft.Extensions.Options;
using SignpostBot.Content.Pipeline;
using SignpostBot.Content.Understanding;
using SignpostBot.Dialogs.Content;

namespace SignpostBot.Content;

/// <summary>
/// The intent classifier the build prepared (<see cref="PreparedContent"/>), read on the thread pool from the moment this
/// is first resolved (<see cref="ContentServiceCollectionExtensions.LoadSignpostContent"/>, before the content loads), so
/// it is ready about when the content is. It is handed out only for content whose examples and classifier settings
/// give the key it was saved under; otherwise the caller trains (<see cref="IntentModelTraining"/>).
/// </summary>
public sealed partial class SavedIntentModel
{
    private readonly Task<(string Key, IntentClassifier Classifier)?> _loading;

    public SavedIntentModel(IOptions<BotOptions> options, ILogger<SavedIntentModel> logger)
    {
        var folder = options.Value.PreparedFolder();
        _loading = Task.Run(() => Read(folder, logger));
    }

    /// <summary>The saved classifier when it has been read and was learnt from <paramref name="content"/>'s examples with the chosen settings; else null, at once.</summary>
    public IntentClassifier? ReadyFor(DialogSet content)
        => _loading.IsCompletedSuccessfully ? For(_loading.Result, content) : null;

    /// <summary>The saved classifier for <paramref name="content"/> once reading has ended; null when there is none or it was learnt from something else.</summary>
    public async Task<IntentClassifier?> ForAsync(DialogSet content) => For(await _loading, content);

    private static IntentClassifier? For((string Key, IntentClassifier Classifier)? saved, DialogSet content)
        => saved is { } model && string.Equals(model.Key, IntentClassifier.ModelKey(content.Understanding, ClassifierSettings.Chosen), StringComparison.Ordinal)
            ? model.Classifier
            : null;

    private static (string Key, IntentClassifier Classifier)? Read(string folder, ILogger logger)
    {
        if (PreparedContent.Read(folder) is not { ModelKey: { } key })
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(Path.Combine(folder, PreparedContent.ModelFile));
            var classifier = IntentClassifier.Load(stream);
            // One message through it, so the first person's message does not pay for compiling the prediction path.
            _ = classifier.Classify("warm up");
            return (key, classifier);
        }
#pragma warning disable CA1031 // A damaged or missing model file must not stop the start: the classifier is trained instead.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogUnreadable(logger, e.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The prepared intent model could not be read ({Error}); the classifier is trained instead.")]
    private static partial void LogUnreadable(ILogger logger, string error);
}
