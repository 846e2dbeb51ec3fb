namespace SignpostBot.Content.Pipeline;

/// <summary>The two folders content lives in.</summary>
public enum ContentArea
{
    Knowledge,
    Dialogs,
}

/// <summary>
/// A kind of content file: where it lives, which files it is, and the JSON Schema it is checked against (read from
/// the app's own <c>schemas/</c> folder of that area, so an upload cannot change the rules).
/// </summary>
/// <param name="FileName">The one file of this kind (<c>countries.yaml</c>); null for every other <c>*.yaml</c> of the area (dialogs only: knowledge files are read by name).</param>
/// <param name="Schema">The schema's file name inside the area's <c>schemas/</c> folder.</param>
/// <param name="Required">A knowledge file that must be there; an optional one is checked when it is.</param>
public sealed record ContentFileKind(string Name, ContentArea Area, string? FileName, string Schema, bool Required = true)
{
    public bool Matches(ContentArea area, string fileName)
        => area == Area && (FileName is null ? fileName.EndsWith(".yaml", StringComparison.Ordinal) : fileName == FileName);
}

/// <summary>
/// Every kind of content file, in one place. A new kind is one line here (first match wins, so a catch-all kind
/// comes last in its area) and one case in the loader of its area (<c>KnowledgeLoader.Build</c> or <c>DialogLoader.Build</c>).
/// </summary>
public static class ContentFileKinds
{
    public static readonly ContentFileKind Countries = new("countries", ContentArea.Knowledge, "countries.yaml", "countries.schema.json");
    public static readonly ContentFileKind International = new("international", ContentArea.Knowledge, "international.yaml", "international.schema.json");
    public static readonly ContentFileKind Guidance = new("guidance", ContentArea.Knowledge, "guidance.yaml", "guidance.schema.json");

    /// <summary>Answers to professionals' questions: checked against its schema; the bot does not read it yet.</summary>
    public static readonly ContentFileKind Answers = new("answers", ContentArea.Knowledge, "answers.yaml", "answers.schema.json", Required: false);
    public static readonly ContentFileKind Global = new("global", ContentArea.Dialogs, "global.yaml", "global.schema.json");
    /// <summary>The languages the bot can speak (<c>LanguageListLoader</c>): names a person may type, direction, the switch sentence.</summary>
    public static readonly ContentFileKind Languages = new("languages", ContentArea.Dialogs, "languages.yaml", "languages.schema.json", Required: false);
    public static readonly ContentFileKind Dialog = new("dialog", ContentArea.Dialogs, null, "dialog.schema.json");

    /// <summary>The governments' and official bodies' sites a <c>confirmed</c> entry's source may be on (<c>OfficialSources</c>).</summary>
    public static readonly ContentFileKind OfficialSites = new("official-sites", ContentArea.Knowledge, "official-sites.yaml", "official-sites.schema.json", Required: false);

    public static IReadOnlyList<ContentFileKind> All { get; } = [Countries, International, Guidance, Answers, OfficialSites, Global, Languages, Dialog];

    /// <summary>The knowledge files, read by name (the required ones must be there). The dialogs area is listed instead.</summary>
    public static IEnumerable<ContentFileKind> Knowledge => All.Where(k => k.Area == ContentArea.Knowledge);

    public static ContentFileKind? Of(ContentArea area, string fileName) => All.FirstOrDefault(k => k.Matches(area, fileName));
}
