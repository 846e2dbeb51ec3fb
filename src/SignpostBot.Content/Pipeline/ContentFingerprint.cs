using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Pipeline;

/// <summary>
/// One version of the content and the code that checks and runs it, as a hex SHA-256: every file of both folders
/// (schemas included; path and bytes, in ordinal order of path) and the build of the three assemblies the checks and
/// the turn function live in (their module version ids). Two equal fingerprints mean <see cref="ContentPipeline"/> with
/// the same options finds the same problems and <c>prove</c> the same proof.
/// </summary>
public static class ContentFingerprint
{
    /// <summary>The fingerprint of <paramref name="sources"/> with this build's code.</summary>
    public static string Of(ContentSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in new[] { typeof(ContentPipeline).Assembly, typeof(TriageBot).Assembly, typeof(KnowledgeBase).Assembly })
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        Append(hash, "dialogs", sources.Dialogs.Files);
        Append(hash, "knowledge", sources.Knowledge.Files);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string area, IFileProvider files)
    {
        var buffer = new byte[81920];
        foreach (var (path, file) in Files(files, string.Empty).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            // The name and length before the bytes, so no two sets of files hash the same input.
            hash.AppendData(Encoding.UTF8.GetBytes($"{area}/{path}\0{file.Length}\0"));
            using var stream = file.CreateReadStream();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
    }

    private static IEnumerable<(string Path, IFileInfo File)> Files(IFileProvider files, string folder)
    {
        foreach (var entry in files.GetDirectoryContents(folder))
        {
            var path = folder.Length == 0 ? entry.Name : folder + "/" + entry.Name;
            if (entry.IsDirectory)
            {
                foreach (var inner in Files(files, path))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return (path, entry);
            }
        }
    }
}
