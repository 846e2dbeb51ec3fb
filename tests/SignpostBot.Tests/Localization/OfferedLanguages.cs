using SignpostBot.Testing;

namespace SignpostBot.Tests.Localization;

/// <summary>
/// Content copies in which some languages are offered (<c>offered: true</c> in languages.yaml) whatever the repository
/// offers today, so that the language picker has languages to list. Only languages whose files have every sentence
/// can be offered: the content would not load otherwise.
/// </summary>
internal static class OfferedLanguages
{
    /// <summary>The languages the page and chat tests offer besides English: one left-to-right, one right-to-left.</summary>
    public static readonly string[] Tags = ["ro", "ar"];

    /// <summary>Sets <c>offered: true</c> in each language's own entry of the copy's languages.yaml (a no-op where it is already).</summary>
    public static void Offer(ContentCopy copy, IEnumerable<string> tags)
    {
        var path = copy.PathOf(Path.Combine("dialogs", "languages.yaml"));
        var text = File.ReadAllText(path);
        foreach (var tag in tags)
        {
            var start = text.IndexOf($"- language: {tag}\n", StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"'{tag}' is not in languages.yaml.");
            }

            var next = text.IndexOf("- language: ", start + 1, StringComparison.Ordinal);
            var end = next < 0 ? text.Length : next;
            var entry = text[start..end].Replace("offered: false", "offered: true", StringComparison.Ordinal);
            text = string.Concat(text.AsSpan(0, start), entry, text.AsSpan(end));
        }

        File.WriteAllText(path, text);
    }
}

/// <summary>The app over a content copy that offers <see cref="OfferedLanguages.Tags"/> besides English.</summary>
public sealed class OfferedLanguagesContent : IDisposable
{
    private readonly ContentCopy _copy = new();

    public OfferedLanguagesContent()
    {
        OfferedLanguages.Offer(_copy, OfferedLanguages.Tags);
        Host = new BotFactory().With("Bot:ContentRoot", _copy.Root);
    }

    public BotFactory Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        _copy.Dispose();
    }
}

/// <summary>Real Chromium and the app over a content copy that offers <see cref="OfferedLanguages.Tags"/> besides English.</summary>
/// xUnit disposes the browser and the app first (<see cref="WebChat.WebChatBrowserFixture.DisposeAsync"/>), then the copy.
public sealed class OfferedLanguagesBrowserFixture : WebChat.WebChatBrowserFixture, IDisposable
{
    private readonly ContentCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    protected override BotFactory Configure(BotFactory factory)
    {
        OfferedLanguages.Offer(_copy, OfferedLanguages.Tags);
        return factory.With("Bot:ContentRoot", _copy.Root);
    }
}
