using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace SignpostBot.Testing;

/// <summary>
/// The repository's dialogs folder with only the English translations file (<c>locales/en.yaml</c>: the web texts):
/// hand-made flows have none of the texts the other languages translate, so those files would name unknown ids.
/// </summary>
internal sealed class EnglishOnlyFileProvider(IFileProvider inner) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath) => inner.GetFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var contents = inner.GetDirectoryContents(subpath);
        return subpath.Trim('/') == "locales" && contents.Exists
            ? new Filtered(contents.Where(f => f.Name == "en.yaml").ToList())
            : contents;
    }

    public IChangeToken Watch(string filter) => inner.Watch(filter);

    private sealed class Filtered(List<IFileInfo> files) : IDirectoryContents
    {
        public bool Exists => true;

        public IEnumerator<IFileInfo> GetEnumerator() => files.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
