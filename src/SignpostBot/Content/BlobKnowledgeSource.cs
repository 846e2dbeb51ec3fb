using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using SignpostBot.Content.Pipeline;

namespace SignpostBot.Content;

/// <summary>The knowledge files in a blob container at one version: each file's text, by file name.</summary>
public sealed record KnowledgeFiles(string Version, IReadOnlyDictionary<string, string> Texts);

/// <summary>
/// Reads the knowledge files from a blob container. The version is the files' ETags together, so any upload
/// changes it; a file is downloaded only at the ETag that was listed, so one version is never a mix of two.
/// </summary>
public sealed class BlobKnowledgeSource
{
    public static readonly IReadOnlyList<string> FileNames = ContentFileKinds.Knowledge.Select(k => k.FileName!).ToList();

    private readonly BlobContainerClient _container;
    private readonly string _prefix;

    public BlobKnowledgeSource(IOptions<BlobKnowledgeOptions> options)
    {
        var o = options.Value;
        var clientOptions = new BlobClientOptions();
        // Few, quick retries: the poll comes round again soon, and start-up must not hang on an unreachable store.
        clientOptions.Retry.MaxRetries = 1;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(100);
        clientOptions.Retry.NetworkTimeout = o.Timeout;
        clientOptions.Diagnostics.IsLoggingEnabled = false;
        _container = string.IsNullOrWhiteSpace(o.ConnectionString)
            ? new BlobContainerClient(new Uri(o.ContainerUri), ManagedIdentity(o.ManagedIdentityClientId), clientOptions)
            : new BlobContainerClient(o.ConnectionString, o.ContainerName, clientOptions);
        _prefix = o.Prefix.Length == 0 || o.Prefix.EndsWith('/') ? o.Prefix : o.Prefix + "/";
    }

    /// <summary>Where the files are, for error messages: container and folder, never a key or a token.</summary>
    public string Location => _container.Name + "/" + _prefix;

    /// <summary>The current version: the ETag of each knowledge file present, in file-name order.</summary>
    public async Task<IReadOnlyDictionary<string, ETag>> ListAsync(CancellationToken cancellationToken)
    {
        var found = new SortedDictionary<string, ETag>(StringComparer.Ordinal);
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = _prefix }, cancellationToken))
        {
            var name = blob.Name[_prefix.Length..];
            if (FileNames.Contains(name) && blob.Properties.ETag is { } etag)
            {
                found[name] = etag;
            }
        }

        return found;
    }

    public static string VersionOf(IReadOnlyDictionary<string, ETag> etags)
        => string.Join(";", etags.Select(e => e.Key + "=" + e.Value.ToString().Trim('"')));

    /// <summary>Downloads the listed files at exactly the listed ETags.</summary>
    public async Task<KnowledgeFiles> DownloadAsync(IReadOnlyDictionary<string, ETag> etags, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, etag) in etags)
        {
            var blob = _container.GetBlobClient(_prefix + name);
            var content = await blob.DownloadContentAsync(
                new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } },
                cancellationToken);
            texts[name] = content.Value.Content.ToString();
        }

        return new KnowledgeFiles(VersionOf(etags), texts);
    }

    private static ManagedIdentityCredential ManagedIdentity(string clientId)
        => new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(clientId));
}
