using System.Text.Json;
using System.Text.Json.Serialization;
using SignpostBot.Content.Understanding;

namespace SignpostBot.Content.Pipeline;

/// <summary>
/// What the build prepares from the content so a start need not redo it (<c>signpostbot prepare</c>, run by
/// <c>src/SignpostBot</c>'s build): the proof that this exact content, with this code, passed every check the bot
/// runs (<see cref="ValidateOptions.ForTheBot"/>, <c>prove</c> included), and the intent classifier trained from it,
/// saved in ML.NET's format. Each is used only under its own key (<see cref="ContentFingerprint"/>,
/// <see cref="IntentClassifier.ModelKey"/>): a file edited after the build, or a model learnt from other examples or
/// settings, is never taken for current; the bot then checks, proves and trains at start as it would without them.
/// </summary>
/// <param name="ContentFingerprint">The <see cref="Pipeline.ContentFingerprint"/> of the content that passed the bot's checks.</param>
/// <param name="ModelKey">The <see cref="IntentClassifier.ModelKey"/> of the saved model; null when none was saved.</param>
public sealed record PreparedContent(string ContentFingerprint, string? ModelKey)
{
    /// <summary>The folder beside <c>dialogs/</c> and <c>knowledge/</c> the prepared files live in.</summary>
    public const string FolderName = "prepared";

    /// <summary>This record, as JSON.</summary>
    public const string ManifestFile = "prepared.json";

    /// <summary>The intent classifier in ML.NET's model format.</summary>
    public const string ModelFile = "intent-model.zip";

    /// <summary>True when <paramref name="sources"/> are the content (and the code) this was prepared from.</summary>
    public bool Proves(ContentSources sources) => string.Equals(ContentFingerprint, Pipeline.ContentFingerprint.Of(sources), StringComparison.Ordinal);

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none or it cannot be read (then nothing prepared is used).</summary>
    public static PreparedContent? Read(string folder)
    {
        var path = Path.Combine(folder, ManifestFile);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), PreparedContentJson.Default.PreparedContent) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Loads <paramref name="sources"/> as the bot does and, when they have no error, writes into <paramref name="folder"/>
    /// the manifest and the trained model. With errors, the folder is emptied of earlier prepared files (the bot then
    /// reports the errors at start, as it would without a build) and the problems are returned.
    /// </summary>
    public static ValidationResult Prepare(ContentSources sources, string folder)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var fingerprint = Pipeline.ContentFingerprint.Of(sources);
        var result = ContentPipeline.Load(sources, ValidateOptions.ForTheBot());
        Directory.CreateDirectory(folder);
        var manifest = Path.Combine(folder, ManifestFile);
        var model = Path.Combine(folder, ModelFile);
        File.Delete(manifest);
        File.Delete(model);
        if (result.HasErrors || result.Content is not { } content)
        {
            return result;
        }

        var classifier = IntentClassifier.Train(content.Understanding);
        string? key = null;
        if (classifier is not null)
        {
            using (var stream = File.Create(model))
            {
                classifier.Save(stream);
            }

            key = IntentClassifier.ModelKey(content.Understanding, ClassifierSettings.Chosen);
        }

        // The manifest last: a build stopped half-way leaves no manifest, so nothing half-written is trusted.
        File.WriteAllBytes(manifest, JsonSerializer.SerializeToUtf8Bytes(new PreparedContent(fingerprint, key), PreparedContentJson.Default.PreparedContent));
        return result with { Classifier = classifier };
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(PreparedContent))]
internal sealed partial class PreparedContentJson : JsonSerializerContext;
