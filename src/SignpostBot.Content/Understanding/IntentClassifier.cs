using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Content.Understanding;

/// <summary>
/// The intent classifier, trained with ML.NET from the examples of every understanding file (<c>dialogs/understanding/</c>)
/// in memory, once per content version: word unigrams and bigrams with character 1-4-grams (robust to misspellings,
/// text-speak and scripts without spaces) into a maximum-entropy multiclass model. A fixed seed and one thread make
/// the same examples give the same model, so <c>evaluate</c> in CI measures what runs in production.
/// </summary>
public sealed class IntentClassifier : IIntentClassifier
{
    private const int Seed = 13;
    private readonly PredictionEngine<Example, Prediction> _engine;
    private readonly string[] _intents;
    private readonly Lock _lock = new();

    private IntentClassifier(PredictionEngine<Example, Prediction> engine, string[] intents, TimeSpan trainingTime)
    {
        _engine = engine;
        _intents = intents;
        TrainingTime = trainingTime;
    }

    /// <summary>How long training took (wall time), reported at start-up and by the tools.</summary>
    public TimeSpan TrainingTime { get; }

    /// <summary>The intents the model knows, in the model's order.</summary>
    public IReadOnlyList<string> Intents => _intents;

    /// <summary>Trains from the examples of every language; null when there are fewer than two intents to tell apart.</summary>
    public static IntentClassifier? Train(IEnumerable<UnderstandingExamples> understanding)
    {
        var rows = understanding.SelectMany(u => u.Examples).Select(e => new Example { Label = e.Intent, Text = e.Text }).ToList();
        if (rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var ml = new MLContext(Seed) { GpuDeviceId = null, FallbackToCpu = true };
        var data = ml.Data.LoadFromEnumerable(rows);
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", text, nameof(Example.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = 0.001f,
                MaximumNumberOfIterations = 50,
            }));
        var model = pipeline.Fit(data);
        var engine = ml.Model.CreatePredictionEngine<Example, Prediction>(model);

        VBuffer<ReadOnlyMemory<char>> names = default;
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        var intents = names.DenseValues().Select(n => n.ToString()).ToArray();
        return new IntentClassifier(engine, intents, clock.Elapsed);
    }

    /// <inheritdoc/>
    public IReadOnlyList<IntentScore> Classify(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        float[] scores;
        lock (_lock)
        {
            scores = _engine.Predict(new Example { Text = text, Label = string.Empty }).Score ?? [];
        }

        return scores.Select((score, i) => new IntentScore(_intents[i], score))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Intent, StringComparer.Ordinal).ToList();
    }

    /// <summary>One training row or message to classify (ML.NET maps columns by these property names).</summary>
    internal sealed class Example
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }

    internal sealed class Prediction
    {
        public float[]? Score { get; set; }
    }
}
