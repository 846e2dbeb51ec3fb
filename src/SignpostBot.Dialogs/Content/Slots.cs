namespace SignpostBot.Dialogs.Content;

/// <summary>The facts a conversation may learn. Flows name them in <c>slot:</c> and <c>when:</c>.</summary>
public enum SlotName
{
    Role,
    Topic,
    InDanger,
    AboutChild,
    Country,
}

public enum SlotKind
{
    Choice,
    YesNo,
    Country,
}

/// <summary>
/// The conversation's answers so far: a fixed, typed set (no free-form bag) so state stays tiny and a
/// flow can only refer to slots that exist. Nothing here identifies a person.
/// </summary>
public sealed record Slots
{
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>The country value a prompt stores when the country could not be worked out.</summary>
    public const string UnknownCountry = "unknown";

    public static readonly Slots Empty = new();

    public string? Role { get; init; }
    public string? Topic { get; init; }
    public bool? InDanger { get; init; }
    public bool? AboutChild { get; init; }
    public string? Country { get; init; }

    public static SlotKind KindOf(SlotName slot) => slot switch
    {
        SlotName.Role or SlotName.Topic => SlotKind.Choice,
        SlotName.InDanger or SlotName.AboutChild => SlotKind.YesNo,
        _ => SlotKind.Country,
    };

    /// <summary>The slot's value as flows write it (<c>yes</c>/<c>no</c> for yes/no slots), or null when not known yet.</summary>
    public string? Get(SlotName slot) => slot switch
    {
        SlotName.Role => Role,
        SlotName.Topic => Topic,
        SlotName.InDanger => FromBool(InDanger),
        SlotName.AboutChild => FromBool(AboutChild),
        _ => Country,
    };

    public Slots With(SlotName slot, string value) => slot switch
    {
        SlotName.Role => this with { Role = value },
        SlotName.Topic => this with { Topic = value },
        SlotName.InDanger => this with { InDanger = value == Yes },
        SlotName.AboutChild => this with { AboutChild = value == Yes },
        _ => this with { Country = value },
    };

    private static string? FromBool(bool? value) => value switch
    {
        true => Yes,
        false => No,
        null => null,
    };
}
