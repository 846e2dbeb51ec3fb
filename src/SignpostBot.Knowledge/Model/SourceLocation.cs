namespace SignpostBot.Knowledge.Model;

/// <summary>
/// Where an entry was written: the file as the loader was given it (a path, or <c>blob:container/name</c>) and the
/// 1-based line and column. Set by the content loader; null on entries made in code.
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column = 1);
