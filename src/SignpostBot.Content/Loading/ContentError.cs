namespace SignpostBot.Content.Loading;

public enum ContentSeverity
{
    Error,
    Warning,
}

/// <summary>
/// A problem found in a content file, with the place it was found. <see cref="ToString"/> gives the
/// <c>file(line,column): error: message</c> form editors and CI logs link to.
/// </summary>
public sealed record ContentError(string File, int Line, int Column, string Message, ContentSeverity Severity = ContentSeverity.Error)
{
    public override string ToString()
        => $"{File}({Line},{Column}): {(Severity == ContentSeverity.Error ? "error" : "warning")}: {Message}";
}
