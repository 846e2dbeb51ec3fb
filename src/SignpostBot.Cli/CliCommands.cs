using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SignpostBot.Cli.Commands;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Cli;

/// <summary>
/// The tool's commands and options as System.CommandLine parses them: typed values, checked before a command runs.
/// Each command's action gets its values and the streams it may read and write.
/// </summary>
internal static class CliCommands
{
    public static RootCommand Build(TextReader input, TextWriter output)
    {
        var root = new Option<string?>("--root") { Description = "The folder holding dialogs/ and knowledge/ (default: found from here upwards).", Recursive = true };
        var command = new RootCommand("The content tool for SignpostBot: validate, prove, graph, chat, transcript.") { root };
        command.SetAction(_ => Usage(output));

        var help = new Command("help", "Show the commands and their options.") { Hidden = true };
        help.SetAction(_ => Usage(output));
        command.Subcommands.Add(help);

        var maxAge = WholeNumber("--max-age", "How old, in days, a 'verified' date may be before it is a warning.", 365);
        var seed = new Option<string?>("--seed") { Description = "The seed page to check the hotline list against (default: shared/seeds/… above the repository)." };
        var noSeed = new Option<bool>("--no-seed") { Description = "Do not check the hotline list against the seed page." };
        var today = new Option<DateOnly?>("--today") { Description = "The date to judge 'verified' dates by (yyyy-MM-dd; default: today).", CustomParser = IsoDate };
        var checklist = new Option<bool>("--checklist") { Description = "Also write what must still be checked on live sites before launch into knowledge/README.md." };
        var validate = new Command("validate", "Check dialogs/ and knowledge/: schemas, numbers, links, ids, unused entries, old dates, the seed list, sources and wording.") { maxAge, seed, noSeed, today, checklist };
        validate.SetAction(parse => ValidateCommand.Run(
            ContentRoot.Resolve(parse.GetValue(root)), parse.GetValue(noSeed) ? ValidateCommand.NoSeed : parse.GetValue(seed), parse.GetValue(maxAge), parse.GetValue(today) ?? DateOnly.FromDateTime(DateTime.UtcNow), output, parse.GetValue(checklist)));
        command.Subcommands.Add(validate);

        var maxTurns = WholeNumber("--max-turns", "The most messages a person may need to send before a phone number is shown.", 4);
        var prove = new Command("prove", "Prove every path reaches a phone number and report the turns it takes per branch.") { maxTurns };
        prove.SetAction(parse => ProveCommand.Run(ContentRoot.Resolve(parse.GetValue(root)), parse.GetValue(maxTurns), output));
        command.Subcommands.Add(prove);

        var graphOut = new Option<string>("--out") { Description = "The folder to write flows.md, flows.dot and flows.svg in.", DefaultValueFactory = _ => "flows" };
        var graph = new Command("graph", "Draw the flows: flows.md (Mermaid, renders on GitHub) and flows.svg when Graphviz 'dot' is installed.") { graphOut };
        graph.SetAction((parse, _) => GraphCommand.RunAsync(ContentRoot.Resolve(parse.GetValue(root)), parse.GetValue(graphOut)!, output));
        command.Subcommands.Add(graph);

        var locale = new Option<string>("--locale") { Description = "The locale the messages carry.", DefaultValueFactory = _ => "en-GB" };
        var channel = new Option<string>("--channel") { Description = $"The channel id the messages carry ({Channels.MsTeams}: Adaptive Cards, as in Teams).", DefaultValueFactory = _ => "cli" };
        var chat = new Command("chat", "Talk to the bot in this terminal. Buttons are numbered: type the number to tap one.") { locale, channel };
        chat.SetAction((parse, _) => ChatCommand.RunAsync(ContentRoot.Resolve(parse.GetValue(root)), parse.GetValue(channel)!, parse.GetValue(locale)!, input, output));
        command.Subcommands.Add(chat);

        var script = new Argument<string?>("SCRIPT") { Description = "A conversation script, e.g. tests/conversations/victim-romania.yaml.", Arity = ArgumentArity.ZeroOrOne };
        var transcriptOut = new Option<string?>("--out") { Description = "The .transcript file to write (default: the script's name, here)." };
        var transcript = new Command("transcript", "Play a conversation script (tests/conversations/*.yaml) and write a Bot Framework .transcript file.") { script, transcriptOut };
        transcript.SetAction((parse, _) => TranscriptCommand.RunAsync(
            parse.GetValue(script) ?? throw new CliUsageException("transcript needs one script, e.g. transcript tests/conversations/victim-romania.yaml"),
            parse.GetValue(transcriptOut),
            () => ContentRoot.Resolve(parse.GetValue(root)),
            output));
        command.Subcommands.Add(transcript);

        var set = new Option<string?>("--set") { Description = "The labelled evaluation folder (default: tests/understanding/ beside dialogs/)." };
        var mistakes = new Option<bool>("--mistakes") { Description = "Also list every missed danger or self-harm message, every false alarm, and every country and role read wrong." };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "Instead, compare the classifier's candidate settings by 5-fold cross-validation on the training examples (dialogs/understanding/) alone." };
        var evaluate = new Command("evaluate", "Measure understanding on the held-out labelled set: per-intent precision and recall, confusions, danger and self-harm recall, false alarms, role and country accuracy.") { set, mistakes, crossValidate };
        evaluate.SetAction(parse => parse.GetValue(crossValidate)
            ? EvaluateCommand.CrossValidate(ContentRoot.Resolve(parse.GetValue(root)), output)
            : EvaluateCommand.Run(ContentRoot.Resolve(parse.GetValue(root)), parse.GetValue(set), parse.GetValue(mistakes), output));
        command.Subcommands.Add(evaluate);

        var message = new Argument<string>("TEXT") { Description = "The message to explain, in quotes." };
        var explain = new Command("explain", "Show the intents, scores, entities and rules that decide how the bot reads a message.") { message };
        explain.SetAction(parse => ExplainCommand.Run(ContentRoot.Resolve(parse.GetValue(root)), parse.GetValue(message)!, output));
        command.Subcommands.Add(explain);

        var preparedOut = new Option<string>("--out") { Description = "The folder to write the proof and the trained model in (the bot reads prepared/ beside dialogs/).", Required = true };
        var prepare = new Command("prepare", "Check and prove the content as the bot does at start and train the intent classifier, so a start need not (the build runs this).") { preparedOut };
        prepare.SetAction(parse => PrepareCommand.Run(ContentRoot.Resolve(parse.GetValue(root)), parse.GetValue(preparedOut)!, output));
        command.Subcommands.Add(prepare);
        return command;
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine(ContentTool.Usage);
        return 0;
    }

    private static Option<int> WholeNumber(string name, string description, int fallback) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            result.AddError($"{name} needs a whole number, not '{text}'.");
            return fallback;
        },
    };

    private static DateOnly? IsoDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--today needs a date like 2026-11-29, not '{text}'.");
        return null;
    }
}

/// <summary>A mistake in how the tool was called; the message says what to type instead.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
