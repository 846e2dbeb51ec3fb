using System.ComponentModel.DataAnnotations;
using SignpostBot.Content.Pipeline;

namespace SignpostBot.Content;

/// <summary>The <c>Bot</c> configuration section. Defaults suit a single instance on a laptop.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Folder holding <c>dialogs/</c> and <c>knowledge/</c>. Empty: the copies built beside the app.</summary>
    public string ContentRoot { get; set; } = string.Empty;

    /// <summary>How long an idle conversation's state is kept (default 30 minutes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan StateTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Base64 key for hashing conversation ids into state keys. Empty: a random key per process, which is right
    /// for one instance; set the same key on every instance when state is shared.
    /// </summary>
    public string StateKey { get; set; } = string.Empty;

    /// <summary>The largest request body /api/messages accepts (default 256 KiB, the Direct Line activity limit).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Have the intent classifier in use before serving the first request: the model the build prepared, else trained
    /// (default false: the bot answers at once with its rules and recognizers, and the classifier is swapped in when it
    /// is read, or trained a second or two later). True for a measurement that must not see training under way (the
    /// soak test).
    /// </summary>
    public bool TrainBeforeServing { get; set; }

    /// <summary>
    /// Run each request where its bytes arrived, on the socket's I/O thread, rather than handing it to the thread pool
    /// (default true; see <see cref="Hosting.InlineIoServiceCollectionExtensions"/>). A turn is a few tens of
    /// microseconds of work that never blocks, so the hand-off cost more than the turn: on 2 cores it took the bot from
    /// 0.69 to 0.82 of the bare ASP.NET Core ceiling (docs/performance.md). False restores the thread-pool hand-off.
    /// </summary>
    public bool InlineIo { get; set; } = true;

    public string ResolveContentRoot()
        => string.IsNullOrWhiteSpace(ContentRoot) ? Path.Combine(AppContext.BaseDirectory, "content") : Path.GetFullPath(ContentRoot);

    /// <summary>What the build prepared from the built-in content (<see cref="PreparedContent"/>): <c>prepared/</c> under the content root.</summary>
    public string PreparedFolder() => Path.Combine(ResolveContentRoot(), PreparedContent.FolderName);

    /// <summary>The content built into the app: <c>dialogs/</c> and <c>knowledge/</c> (with their <c>schemas/</c>) under the content root.</summary>
    public ContentSources BuiltInContent()
    {
        var root = ResolveContentRoot();
        return ContentSources.Folders(Path.Combine(root, "dialogs"), Path.Combine(root, "knowledge"));
    }
}
