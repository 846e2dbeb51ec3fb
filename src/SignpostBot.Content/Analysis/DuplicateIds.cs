using SignpostBot.Dialogs.Content;
using SignpostBot.Content.Loading;

namespace SignpostBot.Content.Analysis;

/// <summary>Ids used twice across knowledge/ files, each reported at its own line (dialogs/ refer to entries by id).</summary>
public static class DuplicateIds
{
    public static void Check(KnowledgeIndex index, ContentErrors errors)
    {
        foreach (var group in index.Entries.Where(e => e.Id.Length > 0).GroupBy(e => (e.Kind, e.Id)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var entry in group.Skip(1))
            {
                errors.Add(new ContentError(entry.File, entry.Line, entry.Column,
                    $"The {entry.Kind} id '{entry.Id}' is already used at {Path.GetFileName(first.File)} line {first.Line}. "
                    + "Ids must be unique: merge the two entries, or give this one a new id (and use it in dialogs/)."));
            }
        }
    }

    /// <summary>True for the loader's own, unlocated report of the same problem, which this check replaces.</summary>
    internal static bool IsUnlocatedLoaderReport(ContentError error)
        => error.Line == 1 && error.Column == 1 && error.Message.StartsWith("The hotline id '", StringComparison.Ordinal);
}
