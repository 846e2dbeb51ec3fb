using System.Globalization;
using System.Text.Json;
using SignpostBot.Knowledge.Model;
using YamlDotNet.Core;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Typed, located reads from one mapping of a <see cref="ContentDocument"/>. Every read remembers the key, so
/// <see cref="RejectUnknownKeys"/> can name a misspelt field with its line instead of silently ignoring it.
/// </summary>
public sealed class ContentMap
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly ContentDocument _document;
    private readonly JsonElement _node;
    private readonly string _pointer;

    internal ContentMap(ContentDocument document, JsonElement node, string pointer, ContentErrors errors)
    {
        _document = document;
        _node = node;
        _pointer = pointer;
        Errors = errors;
    }

    public string File => _document.File;

    public ContentErrors Errors { get; }

    /// <summary>Where the mapping starts (for a block mapping, its first key).</summary>
    public Mark Start => _document.StartOf(_pointer) ?? Mark.Empty;

    public int Line => (int)Start.Line;

    public SourceLocation Location => new(File, (int)Start.Line, (int)Start.Column);

    /// <summary>The keys in file order, with where each is written (for maps whose keys are names, like channels).</summary>
    public IEnumerable<(string Key, Mark At)> Keys
        => _node.EnumerateObject().Select(p => (p.Name, _document.KeyOf(Child(p.Name)) ?? Start)).ToList();

    public bool Has(string key) => Find(key) is not null;

    /// <summary>Where the value of a field starts; null when the field is not there.</summary>
    public Mark? NodeAt(string key) => Find(key) is null ? null : _document.StartOf(Child(key)) ?? Start;

    /// <summary>Where the value of a field starts, or the mapping's own start when the field is not there.</summary>
    public Mark ValueAt(string key) => _document.StartOf(Child(key)) ?? Start;

    /// <summary>Where the value of a field is written, or the mapping's own place when the field is not there.</summary>
    public SourceLocation LocationOf(string key) => NodeAt(key) is { } at ? new(File, (int)at.Line, (int)at.Column) : Location;

    public string? Text(string key, bool required = false)
    {
        if (Find(key, required) is not { } value)
        {
            return null;
        }

        if (ScalarText(value, Child(key)) is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Errors.Add(File, ValueAt(key), $"'{key}' should be a piece of text.");
        return null;
    }

    public int? WholeNumber(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Errors.Add(File, ValueAt(key), $"'{key}' should be a whole number, not '{text}'.");
        return null;
    }

    public bool? Flag(string key, bool required = false)
    {
        var text = Text(key, required);
        return text is null ? null : ParseBool(text, ValueAt(key), key);
    }

    public bool? ParseBool(string text, Mark at, string key)
    {
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                Errors.Add(File, at, $"'{key}' should be yes or no, not '{text}'.");
                return null;
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add(File, ValueAt(key), $"'{key}' should be a date written like 2026-11-29, not '{text}'.");
        return null;
    }

    public Uri? Url(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return uri;
        }

        Errors.Add(File, ValueAt(key), $"'{key}' should be a full web address starting with https://, not '{text}'.");
        return null;
    }

    /// <summary>A list of text items; a single item without brackets is accepted too.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        if (Find(key, required) is not { } value)
        {
            return [];
        }

        var pointer = Child(key);
        if (value.ValueKind == JsonValueKind.Array)
        {
            return Items(value, pointer, (item, at) => ScalarText(item, at) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null, $"Each item of '{key}' should be a piece of text.");
        }

        if (ScalarText(value, pointer) is { } single && !string.IsNullOrWhiteSpace(single))
        {
            return [single.Trim()];
        }

        Errors.Add(File, ValueAt(key), $"'{key}' should be a list, written like [a, b].");
        return [];
    }

    public ContentMap? Map(string key, bool required = false)
    {
        if (Find(key, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return new ContentMap(_document, value, Child(key), Errors);
        }

        Errors.Add(File, ValueAt(key), $"'{key}' should be a set of 'name: value' lines.");
        return null;
    }

    public IReadOnlyList<ContentMap> Maps(string key, bool required = false)
    {
        if (Find(key, required) is not { } value)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return Items(value, Child(key), (item, at) => item.ValueKind == JsonValueKind.Object ? new ContentMap(_document, item, at, Errors) : null, $"Each item of '{key}' should start with '- ' and hold 'name: value' lines.");
        }

        Errors.Add(File, ValueAt(key), $"'{key}' should be a list of items, each starting with '- '.");
        return [];
    }

    /// <summary>Reports every key that no read asked for: almost always a typo in a field name.</summary>
    public void RejectUnknownKeys(params string[] alsoAllowed)
    {
        foreach (var (key, at) in Keys)
        {
            if (!_read.Contains(key) && Array.IndexOf(alsoAllowed, key) < 0)
            {
                var known = string.Join(", ", _read.Concat(alsoAllowed).Order(StringComparer.Ordinal));
                Errors.Add(File, at, $"Unknown field '{key}'. Fields allowed here: {known}.");
            }
        }
    }

    private string Child(string key) => _pointer + "/" + RecordingParser.Escape(key);


    /// <summary>A scalar's text as written; null for a mapping, a list or an empty value.</summary>
    private string? ScalarText(JsonElement value, string pointer) => value.ValueKind switch
    {
        JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => _document.ScalarAt(pointer) ?? value.GetRawText(),
    };

    private List<T> Items<T>(JsonElement sequence, string pointer, Func<JsonElement, string, T?> read, string problem)
        where T : class
    {
        var items = new List<T>(sequence.GetArrayLength());
        var i = 0;
        foreach (var child in sequence.EnumerateArray())
        {
            var at = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            if (read(child, at) is { } item)
            {
                items.Add(item);
            }
            else
            {
                Errors.Add(File, _document.StartOf(at) ?? Start, problem);
            }

            i++;
        }

        return items;
    }

    private JsonElement? Find(string key, bool required)
    {
        var value = Find(key);
        if (value is null && required)
        {
            Errors.Add(File, Start, $"'{key}' is missing.");
        }

        return value;
    }

    private JsonElement? Find(string key)
    {
        _read.Add(key);
        return _node.TryGetProperty(key, out var value) ? value : null;
    }
}
