namespace SignpostBot.Knowledge.Model;

/// <summary>
/// A short, sourced answer to a professional's question (<c>knowledge/answers.yaml</c>), shown when a free-text message
/// is understood as its intent: the answer, then the guidance to read and the hotlines to call.
/// </summary>
/// <param name="Intent">The understanding intent it answers (<c>professional.nrm_who_refers</c>); the first answer of an intent is its main one.</param>
/// <param name="Sources">Where every fact in it comes from (../shared/facts/domain-research.md gives these URLs).</param>
/// <param name="Guidance">Ids of <c>guidance.yaml</c> resources to read, e.g. the GOV.UK page.</param>
/// <param name="Hotlines">Ids of hotlines whose numbers go with it; numbers are never written in the answer itself.</param>
public sealed record Answer(
    string Id,
    string Intent,
    string Question,
    string Text,
    IReadOnlyList<Uri> Sources,
    IReadOnlyList<string> Guidance,
    IReadOnlyList<string> Hotlines,
    SourceLocation Location);
