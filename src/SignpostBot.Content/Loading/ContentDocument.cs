using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace SignpostBot.Content.Loading;

/// <summary>
/// One YAML file, parsed once: its values as JSON (what the JSON Schema check evaluates and the loaders build the
/// model from) and where each value is written, by JSON Pointer.
/// </summary>
/// <remarks>
/// YamlDotNet's own deserializer types the plain scalars (<see cref="DeserializerBuilder.WithAttemptingUnquotedStringTypeDeserialization"/>:
/// the YAML 1.2 core schema, as VS Code's YAML extension reads files: <c>true</c>/<c>false</c>, numbers, <c>null</c>/<c>~</c>;
/// <c>yes</c>, <c>no</c> and <c>NO</c> stay text; quoted scalars always stay text). A <see cref="RecordingParser"/>
/// between the parser and the deserializer notes each value's place as the events go by.
/// </remarks>
public sealed class ContentDocument
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithAttemptingUnquotedStringTypeDeserialization()
        .WithDuplicateKeyChecking()
        .Build();

    private readonly Dictionary<string, NodeMarks> _marks;

    private ContentDocument(string file, JsonElement root, Dictionary<string, NodeMarks> marks)
    {
        File = file;
        Root = root;
        _marks = marks;
    }

    /// <summary>The file as errors name it: a path, or <c>blob:container/name</c>.</summary>
    public string File { get; }

    /// <summary>The first document as JSON (<see cref="JsonValueKind.Null"/> for an empty file).</summary>
    public JsonElement Root { get; }

    /// <summary>Parses the text; a syntax error is reported with its line and gives null.</summary>
    public static ContentDocument? Parse(string file, string text, ContentErrors errors)
    {
        using var reader = new StringReader(text);
        var parser = new RecordingParser(new Parser(reader));
        object? value;
        try
        {
            // The stream start is taken here so the deserializer reads the first document and leaves the rest.
            parser.Consume<StreamStart>();
            value = Yaml.Deserialize(parser);
        }
        catch (YamlException ex)
        {
            errors.Add(file, ex.Start, "This is not valid YAML: " + FirstLine(ex.InnerException?.Message ?? ex.Message)
                + " Check the indentation and that text containing ':' or '#' is in quotes.");
            return null;
        }

        return new ContentDocument(file, ToJson(value), parser.Marks);
    }

    /// <summary>Where the value at a JSON Pointer starts, or its key for a field; the nearest enclosing value when unknown.</summary>
    public Mark At(string location)
    {
        for (var p = location; ; p = p[..p.LastIndexOf('/')])
        {
            if (_marks.TryGetValue(p, out var marks))
            {
                return marks.Key ?? marks.Start;
            }

            if (p.Length == 0)
            {
                return Mark.Empty;
            }
        }
    }

    /// <summary>Where the value itself starts (for a block mapping: its first key), or null when nothing is there.</summary>
    internal Mark? StartOf(string pointer) => _marks.TryGetValue(pointer, out var marks) ? marks.Start : null;

    /// <summary>Where a field's key is written.</summary>
    internal Mark? KeyOf(string pointer) => _marks.TryGetValue(pointer, out var marks) ? marks.Key : null;

    /// <summary>A scalar exactly as written (before typing), so "1.0" is read back as written.</summary>
    internal string? ScalarAt(string pointer) => _marks.TryGetValue(pointer, out var marks) ? marks.Scalar : null;

    /// <summary>The deserializer's values (dictionaries, lists, typed scalars) written out as JSON.</summary>
    private static JsonElement ToJson(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case float or double when !double.IsFinite(Convert.ToDouble(value, CultureInfo.InvariantCulture)):
                // .inf and .nan have no JSON form; as text a schema asking for a number still rejects them.
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case ulong big:
                writer.WriteNumberValue(big);
                break;
            case float or double or decimal:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IConvertible whole:
                writer.WriteNumberValue(whole.ToInt64(CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? message : message[..end]).Trim();
        return line.EndsWith('.') ? line : line + ".";
    }
}
