using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Dialogs.Rendering;
using SignpostBot.Dialogs.Understanding;

namespace SignpostBot.Dialogs.Engine;

/// <summary>
/// Help in the first reply: when the opening question of a flow (who the help is for; on Teams, the staff topic menu)
/// gets a message in the person's own words, the first <c>firstMessage</c> reply of <c>dialogs/global.yaml</c> that
/// fits what was understood is shown at once, and what the message told (who, where, a child, danger) fills the
/// answers the flow would otherwise ask for. The flow then asks only what is left.
/// </summary>
internal sealed class FirstMessageResponder(DialogSet content, WaterfallRunner runner)
{
    /// <summary>A message of at least this many words tells a story: its role words count as a first message, not a bare answer.</summary>
    public const int StoryWords = 3;

    private readonly FirstMessageSettings _settings = content.Global.FirstMessage;

    /// <summary>
    /// Whether the conversation is at an opening question: no flow has started yet, or the waiting prompt is a flow's
    /// first choice (one marked <c>prefill</c>) that has no answer.
    /// </summary>
    public bool AtOpeningQuestion(TurnContext turn)
        => turn.Stack.Count == 0
            || (runner.WaitingPrompt(turn) is ChoicePromptStep { Options.Prefill: true } prompt && turn.Slots.Get(prompt.Options.Slot) is null);

    /// <summary>Whether the message is one of the waiting question's buttons, by its title or its number: an answer, not a story.</summary>
    /// <param name="turn">The turn, its prompt waiting.</param>
    /// <param name="normalized">The message, <see cref="TextNormalizer.Normalize"/>d.</param>
    public bool IsButton(TurnContext turn, string normalized)
    {
        if (runner.WaitingPrompt(turn) is not { } prompt)
        {
            return false;
        }

        var buttons = turn.Texts.Prompt(prompt).Buttons;
        var typed = normalized.Trim();
        if (int.TryParse(typed, out var number) && number >= 1 && number <= buttons.Count)
        {
            return true;
        }

        // A button's title in the person's language, or in English (which a translated button still understands).
        var english = prompt is ChoicePromptStep choice ? choice.Choices.Select(c => c.Title) : [];
        foreach (var title in buttons.Select(b => b.Title).Concat(english))
        {
            if (string.Equals(TextNormalizer.Normalize(title).Trim(), typed, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first reply that fits what was understood, given what the conversation already knows; null when none does.</summary>
    public FirstMessageReply? Find(Interpretation read, Slots slots)
    {
        foreach (var reply in _settings.Replies)
        {
            if (Fits(reply, read, slots))
            {
                return reply;
            }
        }

        return null;
    }

    /// <summary>
    /// The first reply that gives <paramref name="role"/> (an answer the opening question's own words found in the
    /// message, such as "they took my passport"), when what else it needs holds; never an answer to a staff question.
    /// </summary>
    public FirstMessageReply? FindForRole(string? role, Interpretation read, Slots slots)
    {
        if (role is null)
        {
            return null;
        }

        foreach (var reply in _settings.Replies)
        {
            if (string.Equals(reply.Role, role, StringComparison.Ordinal) && !reply.Answer && Fits(reply with { Intents = [], Roles = [] }, read, slots))
            {
                return reply;
            }
        }

        return null;
    }

    /// <summary>Fills the answers the message gave, then says the reply and shows its help.</summary>
    public void Respond(TurnContext turn, FirstMessageReply reply, Interpretation read)
    {
        var slots = turn.Slots;
        if (reply.Role is { } role && slots.Role is null)
        {
            slots = slots with { Role = role };
        }

        if (read.Country is { } country && slots.Country is null && content.Knowledge.FindCountry(country) is not null)
        {
            slots = slots with { Country = country };
        }

        if (read.Under18 && slots.AboutChild is null)
        {
            slots = slots with { AboutChild = true };
        }

        turn.Slots = slots;
        if (turn.Texts.FirstMessageSay(reply) is { } say)
        {
            turn.Say(new TextReply(say.For(turn.ChannelId)));
        }

        var help = reply.Answer && content.AnswerFor(read.Intent) is { } answer ? answer : reply.Signpost;
        if (help is not null)
        {
            runner.ShowSignpost(turn, help);
        }
    }

    private bool Fits(FirstMessageReply reply, Interpretation read, Slots slots)
    {
        var intentFits = reply.Intents.Count == 0
            || (read.Confidence >= _settings.MinScore && reply.Names(read.Intent))
            || (read.Danger && reply.Names(DangerIntent));
        return intentFits
            && (reply.Roles.Count == 0 || reply.Roles.Contains(read.Role, StringComparer.Ordinal))
            && (reply.Under18 is not { } under18 || under18 == read.Under18)
            && (reply.Country is not { } named || named == (read.Country is not null))
            && (reply.Role is null || slots.Role is null || string.Equals(slots.Role, reply.Role, StringComparison.Ordinal));
    }

    /// <summary>The intent a danger the rules saw stands for, whatever the classifier's score.</summary>
    private const string DangerIntent = "danger.now";
}
