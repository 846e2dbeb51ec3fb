using YamlDotNet.Core;

namespace SignpostBot.Content.Loading;

/// <summary>Collects the errors of one load so every problem is reported at once, not just the first.</summary>
public sealed class ContentErrors
{
    private readonly List<ContentError> _errors = [];

    public IReadOnlyList<ContentError> All => _errors;

    public bool HasErrors => _errors.Exists(e => e.Severity == ContentSeverity.Error);

    public void Add(string file, Mark at, string message, ContentSeverity severity = ContentSeverity.Error)
        => _errors.Add(new ContentError(file, (int)at.Line, (int)at.Column, message, severity));

    public void Add(ContentError error) => _errors.Add(error);

    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new ContentLoadException(_errors);
        }
    }
}
