using System.ComponentModel.DataAnnotations;

namespace SignpostBot.Content;

/// <summary>
/// The <c>Bot:KnowledgeBlob</c> section: an Azure Blob Storage container holding the same files as
/// <c>knowledge/</c>, so the partnership can publish a corrected number without a redeploy. Empty: the
/// knowledge built into the app is used.
/// </summary>
public sealed class BlobKnowledgeOptions
{
    public const string Section = "Bot:KnowledgeBlob";

    /// <summary>A storage connection string (local development, Azurite). Leave empty to use <see cref="ContainerUri"/> with a managed identity.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The container, with a connection string (default <c>knowledge</c>).</summary>
    public string ContainerName { get; set; } = "knowledge";

    /// <summary>The container's URL, e.g. <c>https://account.blob.core.windows.net/knowledge</c>, reached with the app's managed identity.</summary>
    public string ContainerUri { get; set; } = string.Empty;

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string ManagedIdentityClientId { get; set; } = string.Empty;

    /// <summary>A folder inside the container holding the files, e.g. <c>knowledge/</c>; empty for the container root.</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>How often the container is checked for a new version, by ETag (default 1 minute).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest one check or load may take; at start-up too (default 5 seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(ContainerUri);
}
