using SignpostBot.Knowledge.Model;
using SignpostBot.Dialogs.Content;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SignpostBot.Content.Loading;

/// <summary>
/// Typed, located reads from a YAML mapping. Every read remembers the key, so <see cref="RejectUnknownKeys"/>
/// can name a misspelt field with its line instead of silently ignoring it.
/// </summary>
public sealed class YamlMap(string file, YamlMappingNode node, ContentErrors errors)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string File { get; } = file;
    public YamlMappingNode Node { get; } = node;
    public ContentErrors Errors { get; } = errors;
    public int Line => (int)Node.Start.Line;

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? NodeAt(string key) => Find(key);

    public string? Text(string key, bool required = false)
    {
        var value = Find(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value.Trim();
        }

        Errors.Add(File, value, $"'{key}' should be a piece of text.");
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

        Errors.Add(File, Find(key)!, $"'{key}' should be a whole number, not '{text}'.");
        return null;
    }

    public bool? Flag(string key, bool required = false)
    {
        var text = Text(key, required);
        return text is null ? null : ParseBool(text, Find(key)!, key);
    }

    public bool? ParseBool(string text, YamlNode at, string key)
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

        Errors.Add(File, Find(key)!, $"'{key}' should be a date written like 2026-11-29, not '{text}'.");
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

        Errors.Add(File, Find(key)!, $"'{key}' should be a full web address starting with https://, not '{text}'.");
        return null;
    }

    /// <summary>A list of text items; a single item without brackets is accepted too.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false) => Find(key, required) switch
    {
        null => [],
        YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value) => [scalar.Value.Trim()],
        YamlSequenceNode sequence => Items(sequence, item => item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null, $"Each item of '{key}' should be a piece of text."),
        var other => Report<string>(other, $"'{key}' should be a list, written like [a, b]."),
    };

    public YamlMap? Map(string key, bool required = false) => Find(key, required) switch
    {
        null => null,
        YamlMappingNode mapping => new YamlMap(File, mapping, Errors),
        var other => Report<YamlMap>(other, $"'{key}' should be a set of 'name: value' lines.").FirstOrDefault(),
    };

    public IReadOnlyList<YamlMap> Maps(string key, bool required = false) => Find(key, required) switch
    {
        null => [],
        YamlSequenceNode sequence => Items(sequence, item => item is YamlMappingNode mapping ? new YamlMap(File, mapping, Errors) : null, $"Each item of '{key}' should start with '- ' and hold 'name: value' lines."),
        var other => Report<YamlMap>(other, $"'{key}' should be a list of items, each starting with '- '."),
    };

    /// <summary>Reports every key that no read asked for: almost always a typo in a field name.</summary>
    public void RejectUnknownKeys(params string[] alsoAllowed)
    {
        foreach (var (keyNode, _) in Node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!_read.Contains(key) && Array.IndexOf(alsoAllowed, key) < 0)
            {
                var known = string.Join(", ", _read.Concat(alsoAllowed).Order(StringComparer.Ordinal));
                Errors.Add(File, keyNode, $"Unknown field '{key}'. Fields allowed here: {known}.");
            }
        }
    }

    private YamlNode? Find(string key, bool required)
    {
        var value = Find(key);
        if (value is null && required)
        {
            Errors.Add(File, Node, $"'{key}' is missing.");
        }

        return value;
    }

    private List<T> Items<T>(YamlSequenceNode sequence, Func<YamlNode, T?> read, string problem)
        where T : class
    {
        var items = new List<T>(sequence.Children.Count);
        foreach (var child in sequence.Children)
        {
            if (read(child) is { } item)
            {
                items.Add(item);
            }
            else
            {
                Errors.Add(File, child, problem);
            }
        }

        return items;
    }

    private List<T> Report<T>(YamlNode at, string problem)
    {
        Errors.Add(File, at, problem);
        return [];
    }

    private YamlNode? Find(string key)
    {
        _read.Add(key);
        foreach (var (keyNode, value) in Node.Children)
        {
            if (keyNode is YamlScalarNode scalar && scalar.Value == key)
            {
                return value;
            }
        }

        return null;
    }
}
