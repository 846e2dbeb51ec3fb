namespace SignpostBot.Content.Loading;

/// <summary>Thrown when content has errors; the message lists every error, one per line.</summary>
public sealed class ContentLoadException(IReadOnlyList<ContentError> errors)
    : Exception("The content has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
