using SignpostBot.Dialogs.Content;
using System.Globalization;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Analysis;

/// <summary>How strict <c>prove</c> is.</summary>
public sealed record ProveOptions
{
    /// <summary>The most messages a person may need to send before a reply shows a phone number (default 4).</summary>
    public int MaxTurns { get; init; } = 4;
}

/// <summary>"Time to help" for one branch of the flow: the fewest and the most messages before a phone number.</summary>
public sealed record BranchTimeToHelp(string Branch, int Fewest, int Most, int Paths)
{
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Branch}: fewest {Fewest} {Turns(Fewest)}, most {Most} {Turns(Most)}");

    private static string Turns(int n) => n == 1 ? "turn" : "turns";
}

/// <summary>What <c>prove</c> found: time to help per branch, and every problem with its file and line.</summary>
public sealed record ProofReport(IReadOnlyList<BranchTimeToHelp> Branches, IReadOnlyList<ContentError> Problems, int PathCount, int DangerPhrases, int MaxTurns)
{
    public bool HasErrors => Problems.Any(p => p.Severity == ContentSeverity.Error);

    /// <summary>The report as people read it: one line per branch, then the global guarantees.</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var branch in Branches)
        {
            yield return branch.ToString();
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"danger words: the emergency number in the same turn, at every question ({DangerPhrases} phrases)");
        yield return string.Create(CultureInfo.InvariantCulture, $"checked {PathCount} paths; the most allowed is {MaxTurns} turns");
    }
}

/// <summary>
/// <c>prove</c>: static analysis of the flows as a graph over the finite answers (<see cref="FlowAnswers"/>). Proves
/// that every path ends having shown a phone number, that no step is unreachable, that every answer of every question
/// is acted on, that the danger interruption is in force at every question, and that there is no loop; and reports,
/// per branch, the fewest and most turns a person needs to reach a phone number.
/// </summary>
/// <remarks>
/// A turn is one message the person sends. The opening (the chat opening, or the first "hi") brings the welcome and
/// the first question and is turn 0: if that first message already says who and where (<c>prefill</c>), the reply to
/// it may already hold a number. A question answered by a button or understood text costs one turn; "another
/// country" then a name costs two; an answer not understood <c>maxAttempts</c> times costs that many and shows the
/// fail-safe signpost, which counts as reaching a number. A reply that shows the emergency number, a hotline with a
/// phone, or the person's country's list counts as reaching a number. Danger words count in any turn (shown as its own
/// line); answers not understood once and then understood are not counted in "most".
/// </remarks>
public static class FlowProver
{
    public static ProofReport Prove(DialogSet content, ProveOptions options)
    {
        var problems = new ContentErrors();
        var explorer = new FlowExplorer(content);
        foreach (var (slots, label) in Openings(content))
        {
            explorer.Explore(slots, label);
        }

        foreach (var problem in explorer.Problems)
        {
            problems.Add(problem);
        }

        CheckDanger(content, problems);
        CheckFailSafe(content, problems);
        CheckPaths(explorer, options, problems);
        CheckReachable(content, explorer, problems);
        CheckHandled(explorer, problems);
        var branches = Branches(content, explorer.Paths);
        return new ProofReport(branches, problems.All.Distinct().ToList(), explorer.Paths.Count, content.Global.Danger.Phrases.Count, options.MaxTurns);
    }

    /// <summary>
    /// The first messages to start from: one that says nothing useful, and one for every mix of answers the
    /// <c>prefill: yes</c> questions can find in it.
    /// </summary>
    private static List<(Slots Slots, string Label)> Openings(DialogSet content)
    {
        var openings = new List<(Slots, string)> { (Slots.Empty, string.Empty) };
        foreach (var slot in content.Prompts.Where(p => p.Options.Prefill).Select(p => p.Options.Slot).Distinct())
        {
            var values = content.Prompts.Where(p => p.Options.Prefill && p.Options.Slot == slot).SelectMany(p => p switch
            {
                ChoicePromptStep choice => choice.Choices.Select(c => c.Value),
                ConfirmPromptStep => [Slots.Yes, Slots.No],
                _ => [FlowAnswers.ListedCountry],
            }).Distinct(StringComparer.Ordinal).ToList();
            openings.AddRange(openings.SelectMany(o => values.Select(v => (o.Item1.With(slot, v), Join(o.Item2, $"first message says {slot}={v}")))).ToList());
        }

        return openings;
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : a + ", " + b["first message says ".Length..];

    private static void CheckDanger(DialogSet content, ContentErrors problems)
    {
        var danger = content.Global.Danger;
        if (danger.Phrases.Count == 0 || string.IsNullOrWhiteSpace(danger.Text))
        {
            problems.Add(new ContentError(GlobalFile(content), 1, 1, "The danger interruption needs phrases and a text in global.yaml (interruptions.danger): it is what shows the emergency number at any question."));
        }

        if (content.Knowledge.UnknownCountryEmergency.Count == 0)
        {
            problems.Add(new ContentError(GlobalFile(content), 1, 1, "knowledge/international.yaml has no 'emergency' numbers, so danger words before the country is known would show none."));
        }
    }

    private static void CheckFailSafe(DialogSet content, ContentErrors problems)
    {
        if (!FlowAnswers.ShowsNumber(content.Global.FailSafe, Slots.Empty, content, out _))
        {
            problems.Add(new ContentError(GlobalFile(content), 1, 1, "The fail-safe signpost (failSafe in global.yaml) shows no phone number: set 'emergency: yes' and name a hotline with a number."));
        }
    }

    private static string GlobalFile(DialogSet content)
        => Path.Combine(Path.GetDirectoryName(content.Start.Location.File) ?? string.Empty, DialogLoader.GlobalFile);

    private static void CheckPaths(FlowExplorer explorer, ProveOptions options, ContentErrors problems)
    {
        foreach (var path in explorer.Paths.Where(p => p.TurnsToNumber is null).DistinctBy(p => p.LastStep))
        {
            problems.Add(new ContentError(path.LastStep.File, path.LastStep.Line, 1,
                $"A person can reach the end without being shown a phone number: {string.Join("; ", path.Answers)}. Add a signpost on this path (or 'emergency: yes' to one it passes)."));
        }

        foreach (var path in explorer.Paths.Where(p => p.TurnsToNumber > options.MaxTurns).GroupBy(p => p.NumberStep).Select(g => g.MaxBy(p => p.TurnsToNumber)!))
        {
            var at = path.NumberStep ?? path.LastStep;
            problems.Add(new ContentError(at.File, at.Line, 1,
                $"A person needs {path.TurnsToNumber} turns to reach a phone number here (the most allowed is {options.MaxTurns}): {string.Join("; ", path.Answers)}. Ask fewer questions first, or show a number earlier."));
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

    private static List<BranchTimeToHelp> Branches(DialogSet content, IReadOnlyList<FlowPath> paths)
    {
        var first = content.Start.Steps.OfType<ChoicePromptStep>().FirstOrDefault();
        var order = first is null ? [] : first.Choices.Select(c => c.Value).Append(first.Options.Fallback).ToList();
        return paths.Where(p => p.TurnsToNumber is not null)
            .GroupBy(p => p.Branch ?? "all")
            .OrderBy(g => order.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(g => new BranchTimeToHelp(g.Key, g.Min(p => p.TurnsToNumber!.Value), g.Max(p => p.TurnsToNumber!.Value), g.Count()))
            .ToList();
    }
}
