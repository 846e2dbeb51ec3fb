using System.CommandLine;

namespace SignpostBot.Cli;

/// <summary>
/// The content tool for safeguarding leads: check, prove, picture and try the flows without reading C#. Every command
/// reads and writes through the given streams, so tests run it in-process.
/// </summary>
public static class ContentTool
{
    public const string Usage = """
        Usage: dotnet run --project src/SignpostBot.Cli -- <command> [options]

        Commands:
          validate     Check dialogs/ and knowledge/: schemas, numbers, links, ids, unused entries, old dates, the seed list.
                       --max-age DAYS (365)  --seed FILE (shared/seeds/… above the repository)  --no-seed
                       --checklist: also write what must still be checked on live sites into knowledge/README.md
          prove        Prove every path reaches a phone number and report the turns it takes per branch.
                       --max-turns N (4)
          graph        Draw the flows: flows.md (Mermaid, renders on GitHub) and flows.svg when Graphviz 'dot' is installed.
                       --out DIR (flows)
          chat         Talk to the bot in this terminal. Buttons are numbered: type the number to tap one.
                       --locale CODE (en-GB)  --channel ID (cli)
          transcript   Play a conversation script (tests/conversations/*.yaml) and write a Bot Framework .transcript file.
                       transcript SCRIPT.yaml [--out FILE]
          evaluate     Measure understanding on the held-out labelled set (tests/understanding/): per-intent precision and
                       recall, confusions, danger and self-harm recall, false alarms, role and country accuracy.
                       --set DIR (tests/understanding)  --mistakes: list every safety miss and false alarm
          explain      Show the intents, scores, entities and rules that decide how the bot reads a message.
                       explain "TEXT"
          prepare      Check and prove the content as the bot does at start and train the intent classifier, into a folder
                       the bot reads at start (the build of src/SignpostBot runs it).
                       --out DIR (required)

        Every command takes --root DIR: the folder holding dialogs/ and knowledge/ (default: found from here upwards),
        and --help.
        Exit code 0: all good (warnings allowed); 1: errors found; 2: the command was typed wrongly.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        var parsed = CliCommands.Build(input, output).Parse(args);
        try
        {
            if (parsed.Errors.Count > 0)
            {
                throw new CliUsageException(string.Join(Environment.NewLine, parsed.Errors.Select(e => e.Message)));
            }

            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            await error.WriteLineAsync(ex.Message);
            await error.WriteLineAsync();
            await error.WriteLineAsync(Usage);
            return 2;
        }
    }
}
