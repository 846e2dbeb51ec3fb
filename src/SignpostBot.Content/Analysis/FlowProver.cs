using System.Globalization;
using SignpostBot.Content.Loading;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Content.Analysis;

/// <summary>How strict <c>prove</c> is.</summary>
public sealed record ProveOptions
{
    /// <summary>The most messages a person may need to send before a reply shows a phone number (default 4).</summary>
    public int MaxTurns { get; init; } = 4;

    /// <summary>The locale the person writes in: the conversation's language, whose buttons are tapped (default en-GB).</summary>
    public string Locale { get; init; } = FlowExplorer.DefaultLocale;
}

/// <summary>"Time to help" for one branch of the flow: the fewest and the most messages before a phone number.</summary>
public sealed record BranchTimeToHelp(string Branch, int Fewest, int Most, long Paths)
{
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Branch}: fewest {Fewest} {Turns(Fewest)}, most {Most} {Turns(Most)}");

    private static string Turns(int n) => n == 1 ? "turn" : "turns";
}

/// <summary>What <c>prove</c> found: time to help per branch, and every problem with its file and line.</summary>
public sealed record ProofReport(IReadOnlyList<BranchTimeToHelp> Branches, IReadOnlyList<ContentError> Problems, int PathCount, int DangerLanguages, int MaxTurns)
{
    public bool HasErrors => Problems.Any(p => p.Severity == ContentSeverity.Error);

    /// <summary>Turns to help for free-text first messages; null when no intent classifier was given.</summary>
    public FreeTextHelp? FreeText { get; init; }

    /// <summary>The report as people read it: one line per branch, then the global guarantees.</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var branch in Branches)
        {
            yield return branch.ToString();
        }

        if (FreeText is not null)
        {
            yield return FreeText.ToString();
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"danger words: the emergency number in the same turn, at every question (a phrase of each of {DangerLanguages} languages)");
        yield return string.Create(CultureInfo.InvariantCulture, $"checked {PathCount} paths; the most allowed is {MaxTurns} turns");
    }
}

/// <summary>
/// <c>prove</c>: explores the bot's real turn function over the content (<see cref="FlowExplorer"/>) and proves that
/// every path shows a phone number within <see cref="ProveOptions.MaxTurns"/> messages, that no step is unreachable,
/// that every answer of every question is acted on, that danger words, "help", "stop" and "start again" work at every
/// question, and that no path goes round without end; and reports, per branch, the fewest and most turns a person
/// needs to reach a phone number. A problem names the step's file and line and the answers that lead to it.
/// </summary>
/// <remarks>
/// A turn is one message the person sends. The opening (the chat opening, or a first message) brings the welcome and
/// the first question and is turn 0: if that first message already says who and where (<c>prefill</c>), the reply to
/// it may already hold a number. A reply counts as reaching a number when it offers a phone number to call. Danger
/// words count in any turn (shown as its own line); answers not understood once and then understood are not counted
/// in "most".
/// </remarks>
public static class FlowProver
{
    /// <summary>Proves the content with the bot's own turn function, rendered as Web Chat renders it.</summary>
    /// <param name="classifier">
    /// The trained intent classifier: given, the understanding examples are also played as free-text first messages
    /// (<see cref="ProofReport.FreeText"/>); null (the bot at start-up, which trains beside proving) skips that.
    /// </param>
    public static ProofReport Prove(DialogSet content, ProveOptions options, IIntentClassifier? classifier = null)
    {
        var bot = new TriageBot(content, ChannelRenderers.Standard, classifier);
        var report = Prove(bot, content, options);
        return classifier is null ? report : report with { FreeText = FreeTextHelp.Measure(bot, content) };
    }

    /// <summary>
    /// Proves every path in every offered language (<c>dialogs/languages.yaml</c>) besides English: the conversation
    /// is in that language and its own buttons are tapped. Each problem names the language.
    /// </summary>
    public static IReadOnlyList<(string Language, ProofReport Report)> ProveEveryLanguage(DialogSet content, ProveOptions options)
    {
        var bot = new TriageBot(content, ChannelRenderers.Standard);
        return bot.Languages.Offered.Where(l => l.Language != Dialogs.Localization.LanguageTag.English)
            .Select(l => (l.Language, Prove(bot, content, options with { Locale = l.Language })))
            .ToList();
    }

    /// <summary>Proves what <paramref name="bot"/> does with <paramref name="content"/> (the real bot, or one a test made faulty).</summary>
    public static ProofReport Prove(ITurnFunction bot, DialogSet content, ProveOptions options)
    {
        var problems = new ContentErrors();
        var explorer = new FlowExplorer(bot, content, options.Locale);
        explorer.ExploreOpening();
        foreach (var (text, label) in FirstMessages(content))
        {
            explorer.ExploreFirstMessage(text, label);
        }

        foreach (var problem in explorer.Problems)
        {
            problems.Add(problem);
        }

        CheckDanger(content, problems);
        CheckFailSafe(bot, content, problems);
        CheckPaths(explorer, options, problems);
        CheckReachable(content, explorer, problems);
        CheckHandled(explorer, problems);
        var branches = Branches(content, explorer);
        return new ProofReport(branches, problems.All.Distinct().ToList(), (int)Math.Min(explorer.PathCount, int.MaxValue), new SafetyRules(content.Understanding).DangerSamples.Count, options.MaxTurns);
    }

    /// <summary>
    /// First messages that answer the <c>prefill: yes</c> questions: every mix of one answer (or none) per such
    /// question, written as a person would (the choices' titles, the countries' names). The bot decides what it reads in
    /// them. A country question's answers are its buttons' countries and one other listed country: every listed
    /// country is tried where the question is asked, and naming one in the first message only skips the question.
    /// </summary>
    private static List<(string Text, string Label)> FirstMessages(DialogSet content)
    {
        var messages = new List<(string Text, string Label)> { (string.Empty, string.Empty) };
        foreach (var slot in content.Prompts.Where(p => p.Options.Prefill).Select(p => p.Options.Slot).Distinct())
        {
            var values = content.Prompts.Where(p => p.Options.Prefill && p.Options.Slot == slot).SelectMany(p => p switch
            {
                ChoicePromptStep choice => choice.Choices.Select(c => (Text: c.Title, Value: c.Value)),
                CountryPromptStep country => content.Knowledge.Countries.Where(c => country.Buttons.Contains(c.Code)).Concat(content.Knowledge.Countries.Where(c => !country.Buttons.Contains(c.Code)).Take(1))
                    .Select(c => (Text: c.Name, Value: c.Code)),
                _ => [],
            }).DistinctBy(v => v.Value).ToList();
            messages.AddRange(messages.SelectMany(m => values.Select(v => (Join(m.Text, v.Text, ". "), Join(m.Label, $"{SlotKey(slot)}={v.Value}", ", ")))).ToList());
        }

        return messages.Where(m => m.Text.Length > 0).Select(m => (m.Text, "first message says " + m.Label)).ToList();
    }

    private static string Join(string a, string b, string separator) => a.Length == 0 ? b : a + separator + b;

    private static void CheckDanger(DialogSet content, ContentErrors problems)
    {
        if (string.IsNullOrWhiteSpace(content.Global.Danger.Text))
        {
            problems.Add(new ContentError(GlobalFile(content), 1, 1, "The danger interruption needs a text in global.yaml (interruptions.danger): it is what shows the emergency number at any question."));
        }

        if (!content.Understanding.Any(u => u.Danger.Count > 0))
        {
            problems.Add(new ContentError(GlobalFile(content), 1, 1, "No danger phrases: add them to rules.danger in dialogs/understanding/<language>.yaml; they are what shows the emergency number at any question."));
        }
    }

    private static void CheckFailSafe(ITurnFunction bot, DialogSet content, ContentErrors problems)
    {
        var reply = bot.FailSafe(new Activity { Type = ActivityTypes.Message, ChannelId = FlowExplorer.Channel, Text = FlowAnswers.NotUnderstoodText });
        if (RenderedReplies.CallLinks(reply.Replies).Count == 0)
        {
            problems.Add(new ContentError(GlobalFile(content), 1, 1, "The fail-safe signpost (failSafe in global.yaml) shows no phone number: set 'emergency: yes' and name a hotline with a number."));
        }
    }

    private static string GlobalFile(DialogSet content)
        => Path.Combine(Path.GetDirectoryName(content.Start.Location.File) ?? string.Empty, DialogLoader.GlobalFile);

    private static void CheckPaths(FlowExplorer explorer, ProveOptions options, ContentErrors problems)
    {
        foreach (var (at, path) in explorer.DeadEnds)
        {
            problems.Add(new ContentError(at.File, at.Line, 1, path.Turns == FlowWitness.Loops
                ? $"A person can go round in a loop here without being shown a phone number: {string.Join("; ", path.Answers)}. Look for a 'begin' that starts a dialog already running."
                : $"A person can reach the end without being shown a phone number: {string.Join("; ", path.Answers)}. Add a signpost on this path (or 'emergency: yes' to one it passes)."));
        }

        foreach (var (at, path) in explorer.Slowest.Where(s => s.Value.Turns > options.MaxTurns))
        {
            problems.Add(new ContentError(at.File, at.Line, 1,
                $"A person needs {path.Turns} turns to reach a phone number here (the most allowed is {options.MaxTurns}): {string.Join("; ", path.Answers)}. Ask fewer questions first, or show a number earlier."));
        }
    }
    private static void CheckReachable(DialogSet content, FlowExplorer explorer, ContentErrors problems)
    {
        foreach (var dialog in content.Dialogs)
        {
            if (!dialog.Steps.Any(explorer.WasExecuted))
            {
                problems.Add(new ContentError(dialog.Location.File, dialog.Location.Line, 1, $"The dialog '{dialog.Id}' never runs: no step begins it and it is not the start. Add a 'begin: {dialog.Id}' step, or delete the file."));
                continue;
            }

            foreach (var step in dialog.Steps.Where(s => !explorer.WasExecuted(s)))
            {
                problems.Add(new ContentError(step.Location.File, step.Location.Line, 1, step is PromptStep prompt
                    ? $"Step '{step.Id}' is never asked: on every path its '{prompt.Options.Slot}' answer is already known or its 'when' is not met. Remove it or change its 'when'."
                    : $"Step '{step.Id}' never runs: no answers lead to it (check its 'when' against the questions before it)."));
            }
        }
    }

    private static void CheckHandled(FlowExplorer explorer, ContentErrors problems)
    {
        foreach (var (prompt, value) in explorer.Unhandled.DistinctBy(u => (u.Prompt.Location, u.Value)))
        {
            problems.Add(new ContentError(prompt.Location.File, prompt.Location.Line, 1,
                $"The answer '{value}' to step '{prompt.Id}' leads nowhere: no later step tests for it (when: {{ {SlotKey(prompt.Options.Slot)}: {value} }}) and no later question or signpost applies to every answer. Add a step for it, or remove the option."));
        }
    }

    private static string SlotKey(SlotName slot) => char.ToLowerInvariant(slot.ToString()[0]) + slot.ToString()[1..];

    private static List<BranchTimeToHelp> Branches(DialogSet content, FlowExplorer explorer)
    {
        var first = content.Start.Steps.OfType<ChoicePromptStep>().FirstOrDefault();
        var order = first is null ? [] : first.Choices.Select(c => c.Value).Append(first.Options.Fallback).ToList();
        return explorer.Branches
            .OrderBy(b => order.IndexOf(b.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(b => new BranchTimeToHelp(b.Key, b.Value.Fewest, b.Value.Most, b.Value.Paths))
            .ToList();
    }
}
