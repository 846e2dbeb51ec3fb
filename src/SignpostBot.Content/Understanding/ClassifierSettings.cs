namespace SignpostBot.Content.Understanding;

/// <summary>The ML.NET trainers the intent classifier can use (all multiclass, all give scores that sum to 1).</summary>
public enum IntentTrainer
{
    /// <summary>Maximum entropy by stochastic dual coordinate ascent.</summary>
    SdcaMaximumEntropy,

    /// <summary>Maximum entropy by L-BFGS.</summary>
    LbfgsMaximumEntropy,

    /// <summary>One binary averaged perceptron per intent, calibrated and normalized.</summary>
    AveragedPerceptron,

    /// <summary>One binary linear support vector machine per intent, calibrated and normalized.</summary>
    LinearSvm,
}

/// <summary>
/// How the intent classifier is built: the features (word and character n-grams) and the trainer. <see cref="Chosen"/>
/// is what the bot uses, chosen by 5-fold cross-validation on the training examples only
/// (<c>signpostbot evaluate --cross-validate</c>; never on the held-out evaluation set) and by training time.
/// </summary>
/// <param name="WordNgrams">Longest word n-gram (1 = words, 2 = words and pairs).</param>
/// <param name="CharNgrams">Longest character n-gram; with <paramref name="AllCharLengths"/> every shorter length too.</param>
/// <param name="Regularization">L2 regularization weight (for the perceptron and SVM: iterations matter instead).</param>
/// <param name="Iterations">Training passes over the examples.</param>
public sealed record ClassifierSettings(IntentTrainer Trainer, int WordNgrams, int CharNgrams, bool AllCharLengths, float Regularization, int Iterations)
{
    /// <summary>L-BFGS: how many past steps approximate the curvature (fewer is faster per iteration).</summary>
    public int History { get; init; } = 20;

    /// <summary>Most n-grams kept per feature kind (word, character), the most frequent first; the default keeps all.</summary>
    public int MaxNgrams { get; init; } = 10_000_000;

    /// <summary>The settings the bot trains with.</summary>
    public static ClassifierSettings Chosen { get; } = new(IntentTrainer.LbfgsMaximumEntropy, 2, 3, false, 0.001f, 50) { History = 5, MaxNgrams = 5000 };

    /// <summary>
    /// The settings <c>evaluate --cross-validate</c> compares, <see cref="Chosen"/> first. Measured on 2,835 examples
    /// (November 2026, docs/performance.md): L-BFGS maximum entropy over words 1-2 and character 3-grams cross-validated
    /// best, 0.646 micro and 0.692 macro accuracy with every n-gram and a 20-step history; 0.623 and 0.675 as chosen, in
    /// about half the processor time. SDCA (0.35 to 0.57 on 2,148 examples) underfits at any regularization that trains
    /// in time; the one-versus-all perceptron and SVM were no better and slower (their calibrators train too).
    /// </summary>
    public static IReadOnlyList<ClassifierSettings> Candidates { get; } =
    [
        Chosen,
        new(IntentTrainer.LbfgsMaximumEntropy, 2, 3, false, 0.001f, 50),
        new(IntentTrainer.LbfgsMaximumEntropy, 2, 3, false, 0.001f, 35) { History = 5, MaxNgrams = 5000 },
        new(IntentTrainer.SdcaMaximumEntropy, 2, 4, true, 0.001f, 50),
        new(IntentTrainer.AveragedPerceptron, 2, 3, false, 0f, 10),
    ];

    /// <inheritdoc/>
    public override string ToString()
        => $"{Trainer} words 1-{WordNgrams} chars {(AllCharLengths ? 1 : CharNgrams)}-{CharNgrams} l2 {Regularization:0.#####} iterations {Iterations} history {History} n-grams {(MaxNgrams >= 1_000_000 ? "all" : MaxNgrams)}";
}

/// <summary>One setting's cross-validated accuracy on the training examples (0 to 1) and its mean training time per fold.</summary>
public sealed record CrossValidation(ClassifierSettings Settings, double MicroAccuracy, double MacroAccuracy, TimeSpan TrainingTime)
{
    /// <summary>
    /// Every training example's scores from the fold that did not train on it: how the model reads a message it has
    /// not seen, for choosing a score threshold (such as <c>MessageInterpreter.SafetyScore</c>) without the held-out set.
    /// </summary>
    public IReadOnlyList<OutOfFoldScores> OutOfFold { get; init; } = [];

    /// <summary>
    /// Of the examples labelled <paramref name="labelled"/> with at least <paramref name="minWords"/> words, the share
    /// whose out-of-fold score for <paramref name="intent"/> is at least <paramref name="threshold"/>; NaN when none.
    /// </summary>
    public double ShareAtOrAbove(string intent, string labelled, float threshold, int minWords)
    {
        var rows = OutOfFold.Where(r => r.Intent == labelled && r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= minWords).ToList();
        return rows.Count == 0 ? double.NaN : (double)rows.Count(r => r.Scores.TryGetValue(intent, out var score) && score >= threshold) / rows.Count;
    }
}

/// <summary>One training example (its labelled intent and text) and every intent's score from a model that did not train on it.</summary>
public sealed record OutOfFoldScores(string Intent, string Text, IReadOnlyDictionary<string, float> Scores);
