using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Content.Understanding;

/// <summary>
/// The intent classifier, trained with ML.NET from the examples of every understanding file (<c>dialogs/understanding/</c>)
/// in memory, once per content version: word unigrams and bigrams with character 3-grams (robust to misspellings,
/// text-speak and scripts without spaces) into an L-BFGS maximum-entropy model (<see cref="ClassifierSettings.Chosen"/>).
/// A fixed seed and one thread make the same examples give the same model, so <c>evaluate</c> in CI measures what runs
/// in production.
/// </summary>
public sealed partial class IntentClassifier : IIntentClassifier
{
    private const int Seed = 13;
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly PredictionEngine<Example, Prediction> _engine;
    private readonly string[] _intents;

    // The engine is not thread-safe: one message at a time, its input and output rows reused under the lock (a
    // prediction is a few microseconds; copying its scores out is all that happens after it).
    private readonly Lock _lock = new();
    private readonly Example _input = new();
    private Prediction _output = new();

    /// <summary>The classifier over a fitted model: trained here, or read from a saved model file.</summary>
    private IntentClassifier(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
        _engine = ml.Model.CreatePredictionEngine<Example, Prediction>(model);
        VBuffer<ReadOnlyMemory<char>> names = default;
        _engine.OutputSchema["Score"].GetSlotNames(ref names);
        _intents = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>How long training took (wall time), reported at start-up and by the tools; zero for a model read from a file.</summary>
    public TimeSpan TrainingTime { get; private init; }

    /// <summary>
    /// The processor time the whole process spent while training, compiling ML.NET's code the first time included
    /// (training itself runs on one thread). On a busy machine it is the figure that does not depend on the neighbours.
    /// </summary>
    public TimeSpan TrainingProcessorTime { get; private init; }

    /// <summary>The intents the model knows, in the model's order.</summary>
    public IReadOnlyList<string> Intents => _intents;

    // Trained models by their training rows: the same examples always give the same model (fixed seed, one thread), so a
    // process that loads the same content again (a blob update that only changes knowledge/, a test's next host) reuses it.
    private static readonly ConcurrentDictionary<string, Lazy<IntentClassifier?>> Trained = new(StringComparer.Ordinal);

    /// <summary>
    /// The classifier for these examples with the chosen settings: trained once per process for the same examples
    /// (see <see cref="Train"/>), then shared.
    /// </summary>
    public static IntentClassifier? For(IEnumerable<UnderstandingExamples> understanding)
    {
        var key = ModelKey(understanding, ClassifierSettings.Chosen);
        return Trained.GetOrAdd(key, _ => new Lazy<IntentClassifier?>(() => Train(understanding))).Value;
    }

    /// <summary>Trains from the examples of every language; null when there are fewer than two intents to tell apart.</summary>
    public static IntentClassifier? Train(IEnumerable<UnderstandingExamples> understanding, ClassifierSettings? settings = null)
    {
        var rows = Rows(understanding);
        if (rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var ml = new MLContext(Seed) { GpuDeviceId = null, FallbackToCpu = true };
        var model = Pipeline(ml, settings ?? ClassifierSettings.Chosen).Fit(ml.Data.LoadFromEnumerable(rows));
        return new IntentClassifier(ml, model)
        {
            TrainingTime = clock.Elapsed,
            TrainingProcessorTime = Process.GetCurrentProcess().TotalProcessorTime - processor,
        };
    }

    /// <summary>
    /// Accuracy of <paramref name="settings"/> by k-fold cross-validation over the training examples alone (never the
    /// held-out evaluation set): micro (share of examples) and macro (mean over intents) accuracy, and the mean time to
    /// train one fold.
    /// </summary>
    public static CrossValidation CrossValidate(IEnumerable<UnderstandingExamples> understanding, ClassifierSettings settings, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ml = new MLContext(Seed) { GpuDeviceId = null, FallbackToCpu = true };
        var data = ml.Data.LoadFromEnumerable(Rows(understanding));
        var clock = Stopwatch.StartNew();
        var results = ml.MulticlassClassification.CrossValidate(data, Pipeline(ml, settings), folds, labelColumnName: "Label", seed: Seed);
        return new CrossValidation(
            settings,
            results.Average(r => r.Metrics.MicroAccuracy),
            results.Average(r => r.Metrics.MacroAccuracy),
            clock.Elapsed / folds)
        {
            OutOfFold = [.. results.SelectMany(r => OutOfFold(ml, r.ScoredHoldOutSet))],
        };
    }

    // A fold's held-out rows with their scores named by the fold's own slot names (each fold maps labels to slots itself).
    private static List<OutOfFoldScores> OutOfFold(MLContext ml, IDataView scored)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        scored.Schema["Score"].GetSlotNames(ref names);
        var intents = names.DenseValues().Select(n => n.ToString()).ToArray();
        return ml.Data.CreateEnumerable<ScoredExample>(scored, reuseRowObject: false)
            .Where(row => row.Label >= 1 && row.Label <= intents.Length)
            .Select(row => new OutOfFoldScores(
                intents[row.Label - 1],
                row.Text,
                intents.Select((intent, i) => (intent, score: row.Score is { } s && i < s.Length ? s[i] : 0f)).ToDictionary(p => p.intent, p => p.score, StringComparer.Ordinal)))
            .ToList();
    }

    private static List<Example> Rows(IEnumerable<UnderstandingExamples> understanding)
        => understanding.SelectMany(u => u.Examples).Select(e => new Example { Label = e.Intent, Text = TextNormalizer.Normalize(e.Text) }).ToList();

    private static IEstimator<ITransformer> Pipeline(MLContext ml, ClassifierSettings settings)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.WordNgrams, UseAllLengths = true, MaximumNgramsCount = [settings.MaxNgrams] },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.CharNgrams, UseAllLengths = settings.AllCharLengths, MaximumNgramsCount = [settings.MaxNgrams] },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var features = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", text, nameof(Example.Text)));
        var multiclass = ml.MulticlassClassification.Trainers;
        var binary = ml.BinaryClassification.Trainers;
        return settings.Trainer switch
        {
            IntentTrainer.SdcaMaximumEntropy => features.Append(multiclass.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = settings.Regularization,
                MaximumNumberOfIterations = settings.Iterations,
            })),
            IntentTrainer.LbfgsMaximumEntropy => features.Append(multiclass.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = settings.Regularization,
                L1Regularization = 0,
                HistorySize = settings.History,
                MaximumNumberOfIterations = settings.Iterations,
            })),
            IntentTrainer.AveragedPerceptron => features.Append(multiclass.OneVersusAll(
                binary.AveragedPerceptron(numberOfIterations: settings.Iterations))),
            IntentTrainer.LinearSvm => features.Append(multiclass.OneVersusAll(
                binary.LinearSvm(numberOfIterations: settings.Iterations))),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Trainer, "Unknown trainer."),
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<IntentScore> Classify(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // The recognizers' own fold: ML.NET's diacritic removal leaves Vietnamese letters with two marks ("ữ", "ộ")
        // as they are, so "giữ hộ chiếu" would not meet the examples' "giu ho chieu". Outside the lock: it is the
        // message's own work.
        var folded = TextNormalizer.Normalize(text);
        IntentScore[] ranked;
        lock (_lock)
        {
            _input.Text = folded;
            _engine.Predict(_input, ref _output);
            var scores = _output.Score ?? [];
            ranked = new IntentScore[scores.Length];
            for (var i = 0; i < ranked.Length; i++)
            {
                ranked[i] = new IntentScore(_intents[i], scores[i]);
            }
        }

        // Best first; equal scores by intent name, so the order never depends on the sort.
        Array.Sort(ranked, static (a, b) => b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : string.CompareOrdinal(a.Intent, b.Intent));
        return ranked;
    }

    /// <summary>One training row or message to classify (ML.NET maps columns by these property names).</summary>
    internal sealed class Example
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }

    /// <summary>A held-out row of a cross-validation fold: the text, the label as its key (1-based, in the order of the score's slots) and the scores.</summary>
    internal sealed class ScoredExample
    {
        public string Text { get; set; } = string.Empty;

        [KeyType(1000)]
        public uint Label { get; set; }

        public float[]? Score { get; set; }
    }

    internal sealed class Prediction
    {
        public float[]? Score { get; set; }
    }
}
