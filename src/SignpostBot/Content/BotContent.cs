using SignpostBot.Dialogs.Engine;

namespace SignpostBot.Content;

/// <summary>
/// One checked version of the content and the turn function built from it. <see cref="Version"/> is the
/// blob container's version (its files' ETags) or null for the copy built into the app.
/// </summary>
public sealed record BotContent(TriageBot Bot, string Source, string? Version, DateTimeOffset LoadedAt)
{
    public const string BuiltInSource = "built-in";
    public const string BlobSource = "blob";
}
