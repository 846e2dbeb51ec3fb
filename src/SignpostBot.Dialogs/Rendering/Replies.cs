using SignpostBot.Dialogs.Content;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>What the engine wants to say, before a channel renderer turns it into an Activity.</summary>
public abstract record Reply;

/// <summary>A plain message.</summary>
public sealed record TextReply(string Text) : Reply;

/// <summary>A question with buttons; typing works as well as tapping.</summary>
public sealed record PromptReply(string Text, IReadOnlyList<ChoiceButton> Buttons) : Reply;

/// <summary>A button's visible title and the text it sends back.</summary>
public sealed record ChoiceButton(string Title, string Value);

/// <summary>Where to get help, most urgent first, with the words around it (<paramref name="Labels"/>) in the person's language.</summary>
public sealed record SignpostReply(string? Text, IReadOnlyList<SignpostEntry> Entries, Labels Labels) : Reply;

public abstract record SignpostEntry;

/// <summary>The emergency number(s) of a country.</summary>
public sealed record EmergencyEntry(IReadOnlyList<Phone> Phones, string? Note) : SignpostEntry;

/// <summary>A hotline, optionally under a heading such as "If you are under 18".</summary>
public sealed record HotlineEntry(Hotline Hotline, string? Heading = null) : SignpostEntry;

/// <summary>A guidance resource for professionals.</summary>
public sealed record GuidanceEntry(GuidanceResource Resource) : SignpostEntry;
