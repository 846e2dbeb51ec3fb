using System.Diagnostics;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using SignpostBot.Testing;

namespace SignpostBot.Tests;

/// <summary>
/// Azurite's blob service (npm <c>azurite</c>, restored into tests/tools by the test build) on a random loopback
/// port, its data in a temporary folder, killed and deleted at the end. Without it the test fails.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's fixed, public development account (documented by Azure; not a secret).</summary>
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "signpost-azurite-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    public int Port { get; private set; }

    public string ConnectionString => $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<AzuriteServer> StartAsync()
    {
        var server = new AzuriteServer();
        var executable = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}: the test build restores it (tests/SignpostBot.Tests/NpmTools.targets): is npm installed?");
        }

        Directory.CreateDirectory(server._folder);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = LocalProcess.Start(
            executable,
            $"--blobHost 127.0.0.1 --blobPort 0 --location \"{server._folder}\" --skipApiVersionCheck --disableProductStyleUrl --silent",
            "the test build restores it (tests/SignpostBot.Tests/NpmTools.targets): is npm installed?");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && ListensOn().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("Azurite exited before it listened."));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        server._process = process;
        server.Port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return server;
    }

    public BlobContainerClient Container(string name = "knowledge") => new(ConnectionString, name);

    /// <summary>Uploads the repository's knowledge files, each changed by <paramref name="edit"/> (name, text) if given.</summary>
    public async Task PublishKnowledgeAsync(Func<string, string, string>? edit = null, string container = "knowledge")
    {
        var client = Container(container);
        await client.CreateIfNotExistsAsync();
        foreach (var path in Directory.GetFiles(RepositoryPaths.Knowledge, "*.yaml"))
        {
            var name = Path.GetFileName(path);
            var text = await File.ReadAllTextAsync(path);
            await client.GetBlobClient(name).UploadAsync(BinaryData.FromString(edit?.Invoke(name, text) ?? text), overwrite: true);
        }
    }

    public async Task UploadAsync(string name, string text, string container = "knowledge")
        => await Container(container).GetBlobClient(name).UploadAsync(BinaryData.FromString(text), overwrite: true);

    /// <summary>Ends Azurite, as an outage would.</summary>
    public void Kill()
    {
        if (_process is { } process)
        {
            LocalProcess.Stop(process);
            process.Dispose();
            _process = null;
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"listens on http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListensOn();
}
