using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SignpostBot.Content.Loading;

/// <summary>Where one value of a parsed file is written: its start, its key's start (for a field) and its scalar text.</summary>
internal readonly record struct NodeMarks(Mark Start, Mark? Key, string? Scalar);

/// <summary>
/// Passes YamlDotNet's parser events through unchanged to the library's deserializer and notes, for each value of the
/// first document, its JSON Pointer (<c>/steps/0/id</c>) and where it starts. The library builds the values; this only
/// keeps the places, in the same single pass, so no second walk over the file is needed to find a line.
/// </summary>
internal sealed class RecordingParser(IParser inner) : IParser
{
    private readonly Stack<Frame> _open = new();
    private bool _rootSeen;

    public Dictionary<string, NodeMarks> Marks { get; } = new(StringComparer.Ordinal);

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        Record(inner.Current!);
        return true;
    }

    /// <summary>A JSON Pointer token for a mapping key (RFC 6901: <c>~</c> and <c>/</c> escaped).</summary>
    public static string Escape(string key)
        => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private void Record(ParsingEvent parsed)
    {
        if (parsed is MappingEnd or SequenceEnd)
        {
            if (_open.Count > 0)
            {
                _open.Pop();
            }

            return;
        }

        if (parsed is not (Scalar or MappingStart or SequenceStart or AnchorAlias))
        {
            return;
        }

        string? pointer;
        Mark? key = null;
        if (_open.Count == 0)
        {
            // Only the first document is content; later ones are not read.
            pointer = _rootSeen ? null : string.Empty;
            _rootSeen = true;
        }
        else
        {
            var parent = _open.Peek();
            if (parent.IsMapping && parent.ExpectKey)
            {
                parent.Key = (parsed as Scalar)?.Value;
                parent.KeyMark = parsed.Start;
                parent.ExpectKey = false;
                Open(parsed, pointer: null);
                return;
            }

            if (parent.IsMapping)
            {
                pointer = parent.Pointer is null || parent.Key is null ? null : parent.Pointer + "/" + Escape(parent.Key);
                key = parent.KeyMark;
                parent.ExpectKey = true;
            }
            else
            {
                pointer = parent.Pointer is null ? null : parent.Pointer + "/" + parent.Index.ToString(CultureInfo.InvariantCulture);
                parent.Index++;
            }
        }

        if (pointer is not null)
        {
            Marks[pointer] = new NodeMarks(parsed.Start, key, (parsed as Scalar)?.Value);
        }

        Open(parsed, pointer);
    }

    /// <summary>A mapping or sequence opens a level; a complex key (a mapping used as a key) opens one that records nothing.</summary>
    private void Open(ParsingEvent parsed, string? pointer)
    {
        if (parsed is MappingStart or SequenceStart)
        {
            _open.Push(new Frame(pointer, parsed is MappingStart));
        }
    }

    private sealed class Frame(string? pointer, bool isMapping)
    {
        public string? Pointer { get; } = pointer;
        public bool IsMapping { get; } = isMapping;
        public bool ExpectKey { get; set; } = true;
        public string? Key { get; set; }
        public Mark? KeyMark { get; set; }
        public int Index { get; set; }
    }
}
