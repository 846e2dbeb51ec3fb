using System.Text.Json;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Understanding;

/// <summary>One labelled message of the evaluation set (<c>tests/understanding/README.md</c> defines each label).</summary>
/// <param name="Country">ISO 3166-1 alpha-2 of where the person is; null when the message does not say.</param>
public sealed record LabelledMessage(
    string Language, string Text, string Intent, string Role, bool Danger, bool SelfHarm, bool Under18, string? Country, bool Innocent)
{
    /// <summary>ISO 3166-1 alpha-2 of a country named only as where someone comes from; the reader must not take it for <see cref="Country"/>.</summary>
    public string? Origin { get; init; }
}

/// <summary>
/// The held-out evaluation set, <c>tests/understanding/*.yaml</c>: read by <c>signpostbot evaluate</c> and its CI
/// test. Nothing here may be copied into the training examples (<c>dialogs/understanding/</c>).
/// </summary>
public static class EvaluationSet
{
    /// <summary>Every message of every file in <paramref name="folder"/>, in file then line order.</summary>
    public static IReadOnlyList<LabelledMessage> Read(string folder, ContentErrors errors)
    {
        var messages = new List<LabelledMessage>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (ContentDocument.Parse(path, File.ReadAllText(path), errors) is not { } document)
            {
                continue;
            }

            var language = document.Root.GetProperty("language").GetString() ?? "en";
            foreach (var m in document.Root.GetProperty("messages").EnumerateArray())
            {
                messages.Add(new LabelledMessage(
                    language,
                    m.GetProperty("text").GetString() ?? string.Empty,
                    m.GetProperty("intent").GetString() ?? "other",
                    m.GetProperty("role").GetString() ?? "unknown",
                    Flag(m, "danger"),
                    Flag(m, "selfHarm"),
                    Flag(m, "under18"),
                    m.TryGetProperty("country", out var country) ? country.GetString() : null,
                    Flag(m, "innocent"))
                {
                    Origin = m.TryGetProperty("origin", out var origin) ? origin.GetString() : null,
                });
            }
        }

        return messages;
    }

    private static bool Flag(JsonElement message, string name)
        => message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
