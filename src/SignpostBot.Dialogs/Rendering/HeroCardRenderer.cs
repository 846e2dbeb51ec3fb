using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>
/// The default rendering (Web Chat, Direct Line, the Emulator): plain text that stands alone, suggested actions
/// for choices and hero cards with <c>call</c> (tel:) and <c>openUrl</c> buttons for signposts.
/// </summary>
public sealed class HeroCardRenderer : IReplyRenderer
{
    // A card depends only on the content (the entry's hotline, numbers or guidance, and the labels of one language),
    // so each card is built once per language's labels, not on every turn that shows it. The content bounds the cache;
    // the cap only guards against entries that were not built from it.
    private const int MaxCached = 4096;
    private readonly ConditionalWeakTable<Labels, ConcurrentDictionary<SignpostEntry, Attachment>> _cards = [];

    // A prompt's buttons are one list per prompt of the content, so its suggested actions are kept the same way.
    private readonly ConcurrentDictionary<IReadOnlyList<ChoiceButton>, SuggestedActions> _suggestions = new(ReferenceEqualityComparer.Instance);

    public Activity Render(Reply reply, Activity incoming, DateTimeOffset? timestamp) => reply switch
    {
        PromptReply prompt => ActivityFactory.ReplyTo(
            incoming,
            prompt.Text,
            InputHints.ExpectingInput,
            timestamp,
            suggestedActions: prompt.Buttons.Count == 0 ? null : CachedSuggestions(prompt.Buttons)),
        SignpostReply signpost => ActivityFactory.ReplyTo(
            incoming,
            SignpostText.Compose(signpost, signpost.Labels),
            InputHints.AcceptingInput,
            timestamp,
            attachments: signpost.Entries.Select(entry => CachedCard(entry, signpost.Labels)).ToList(),
            attachmentLayout: "list"),
        TextReply text => ActivityFactory.ReplyTo(incoming, text.Text, InputHints.AcceptingInput, timestamp),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No rendering for this reply."),
    };

    private SuggestedActions CachedSuggestions(IReadOnlyList<ChoiceButton> buttons)
    {
        if (_suggestions.TryGetValue(buttons, out var suggestions))
        {
            return suggestions;
        }

        suggestions = new SuggestedActions(buttons.Select(b => new CardAction(ActionTypes.ImBack, b.Title, b.Value)).ToList());
        return _suggestions.Count < MaxCached ? _suggestions.GetOrAdd(buttons, suggestions) : suggestions;
    }

    private Attachment CachedCard(SignpostEntry entry, Labels labels)
    {
        var cards = _cards.GetValue(labels, static _ => new ConcurrentDictionary<SignpostEntry, Attachment>(SignpostEntryIdentity.Instance));
        if (cards.TryGetValue(entry, out var card))
        {
            return card;
        }

        card = Card(entry, labels);
        return cards.Count < MaxCached ? cards.GetOrAdd(entry, card) : card;
    }

    private static Attachment Card(SignpostEntry entry, Labels labels)
    {
        var card = entry switch
        {
            EmergencyEntry emergency => new HeroCard(SignpostText.Emergency(emergency, labels))
            {
                Buttons = emergency.Phones.Select(p => CallButton(p, labels)).ToList(),
            },
            HotlineEntry { Hotline: var hotline } e => new HeroCard(hotline.Name)
            {
                Subtitle = e.Heading,
                Text = (hotline.Summary + " " + SignpostText.Details(hotline, labels)).Trim(),
                Buttons = hotline.Phones.Select(p => CallButton(p, labels))
                    .Concat(hotline.Url is { } url ? [new CardAction(ActionTypes.OpenUrl, labels.Website, url.AbsoluteUri)] : [])
                    .Concat(hotline.Email is { } email ? [new CardAction(ActionTypes.OpenUrl, labels.Email, "mailto:" + email)] : [])
                    .ToList(),
            },
            GuidanceEntry { Resource: var r } => new HeroCard(r.Title)
            {
                Subtitle = r.Publisher,
                Text = r.Summary,
                Buttons = [new CardAction(ActionTypes.OpenUrl, labels.Guidance, r.Url!.AbsoluteUri)],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry.GetType().Name, "No card for this entry."),
        };
        return new Attachment
        {
            ContentType = ContentTypes.HeroCard,
            Content = JsonSerializer.SerializeToElement(card, SchemaJsonContext.Default.HeroCard),
        };
    }

    private static CardAction CallButton(Knowledge.Model.Phone phone, Labels labels) => new(ActionTypes.Call, SignpostText.Call(phone, labels), phone.TelUri);
}
