using System.Globalization;

namespace SignpostBot.Cli;

/// <summary>The command and its <c>--name value</c> options, as typed.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CliArguments(string command, List<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    public string Command { get; }

    public IReadOnlyList<string> Positional { get; }

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var parsed = new CliArguments(args.Count > 0 ? args[0] : string.Empty, positional);
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                var equals = name.IndexOf('=', StringComparison.Ordinal);
                if (equals >= 0)
                {
                    parsed._options[name[..equals]] = name[(equals + 1)..];
                }
                else
                {
                    parsed._options[name] = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
                }
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return parsed;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public IEnumerable<string> OptionNames => _options.Keys;

    public int? Number(string name)
        => Option(name) is { } text ? (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new CliUsageException($"--{name} needs a whole number, not '{text}'.")) : null;

    public DateOnly? Date(string name)
        => Option(name) is { } text ? (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new CliUsageException($"--{name} needs a date like 2026-11-29, not '{text}'.")) : null;
}

/// <summary>A mistake in how the tool was called; the message says what to type instead.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
