using System.Collections;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace SignpostBot.Content.Pipeline;

/// <summary>
/// Files held as text (a blob container's download, a test's hand-written files), by name, in one flat folder.
/// </summary>
public sealed class InMemoryFileProvider(IReadOnlyDictionary<string, string> texts) : IFileProvider
{
    private readonly DateTimeOffset _made = DateTimeOffset.UtcNow;

    public IFileInfo GetFileInfo(string subpath)
        => texts.TryGetValue(subpath.TrimStart('/'), out var text) ? new TextFile(subpath.TrimStart('/'), text, _made) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath)
        => subpath.Trim('/').Length == 0 ? new Contents(texts.Where(t => !t.Key.Contains('/', StringComparison.Ordinal)).Select(t => new TextFile(t.Key, t.Value, _made)).ToList()) : NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class TextFile(string name, string text, DateTimeOffset made) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        public bool Exists => true;
        public long Length => _bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => made;
        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }

    private sealed class Contents(IReadOnlyList<IFileInfo> files) : IDirectoryContents
    {
        public bool Exists => true;

        public IEnumerator<IFileInfo> GetEnumerator() => files.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
