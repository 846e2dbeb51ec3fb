namespace SignpostBot.Knowledge.Model;

/// <summary>
/// A child helpline number shared by a group of countries (116 111, reserved for child helplines across the EU and
/// EEA): offered to a child in one of <see cref="Countries"/> that has no checked national child line of its own.
/// </summary>
/// <param name="HotlineId">The international hotline that describes the number, with its caveat.</param>
/// <param name="Countries">ISO 3166 codes of the countries it is offered in.</param>
public sealed record RegionalChildHelpline(string HotlineId, IReadOnlySet<string> Countries);
