namespace SignpostBot.Knowledge.Model;

/// <summary>
/// A checked phone number. <see cref="Display"/> is the number as the organisation writes it (what people
/// recognise from posters); <see cref="TelUri"/> dials it: E.164 for ordinary numbers, the bare digits for
/// short codes such as 999 or 116 111 that have no international form.
/// </summary>
public sealed record Phone(string Display, string TelUri, string? Label, bool IsShortCode)
{
    /// <summary>The E.164 form (<c>+448000121700</c>), or the digits of a short code.</summary>
    public string Dialable => TelUri["tel:".Length..];
}
