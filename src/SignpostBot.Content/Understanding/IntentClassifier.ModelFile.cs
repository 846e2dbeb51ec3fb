using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Content.Understanding;

/// <summary>
/// The trained model as a file (ML.NET's own model format, <see cref="ModelOperationsCatalog.Save(ITransformer, DataViewSchema, Stream)"/>),
/// so the bot can read in a fraction of a second what takes about two seconds to train. A saved model is only ever
/// used under its <see cref="ModelKey"/>: examples, settings or code that differ give another key, and the caller
/// trains instead of using a model learnt from something else.
/// </summary>
public sealed partial class IntentClassifier
{
    /// <summary>Bumped when the way a model is saved or keyed changes, so older files are not read as current.</summary>
    private const string ModelFormat = "signpostbot-intent-model/1";

    /// <summary>
    /// What a model is learnt from, as a hex SHA-256: every training row (intent and text, in order), the settings, the
    /// seed, ML.NET's version, and this assembly's build (its module version id), which holds the features and the
    /// trainer's code (<see cref="Pipeline"/>), so a change to how the classifier learns retrains even when the
    /// settings' values do not change.
    /// </summary>
    public static string ModelKey(IEnumerable<UnderstandingExamples> understanding, ClassifierSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = new StringBuilder()
            .AppendLine(ModelFormat)
            .AppendLine(typeof(IntentClassifier).Assembly.ManifestModule.ModuleVersionId.ToString())
            .AppendLine(typeof(MLContext).Assembly.GetName().Version?.ToString())
            .AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Seed}|{settings.Trainer}|{settings.WordNgrams}|{settings.CharNgrams}|{settings.AllCharLengths}|{settings.Regularization:R}|{settings.Iterations}|{settings.History}|{settings.MaxNgrams}|{settings}"));
        foreach (var row in Rows(understanding))
        {
            text.Append(row.Label).Append('\t').Append(row.Text).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Writes the model to <paramref name="stream"/> in ML.NET's format.</summary>
    public void Save(Stream stream)
    {
        var input = _ml.Data.LoadFromEnumerable(Array.Empty<Example>()).Schema;
        _ml.Model.Save(_model, input, stream);
    }

    /// <summary>Reads a model <see cref="Save"/> wrote. The caller checks its key first: the file says nothing of what it was learnt from.</summary>
    /// <remarks>ML.NET throws what its reader meets (a damaged file, another format): callers that must not fail catch it.</remarks>
    public static IntentClassifier Load(Stream stream)
    {
        var ml = new MLContext(Seed) { GpuDeviceId = null, FallbackToCpu = true };
        return new IntentClassifier(ml, ml.Model.Load(stream, out _));
    }
}
