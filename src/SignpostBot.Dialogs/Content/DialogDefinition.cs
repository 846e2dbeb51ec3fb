using SignpostBot.Knowledge.Model;

namespace SignpostBot.Dialogs.Content;

/// <summary>A waterfall dialog read from <c>dialogs/*.yaml</c>: its steps, listed up front.</summary>
public sealed record DialogDefinition(string Id, string Title, IReadOnlyList<WaterfallStep> Steps, SourceLocation Location)
{
    public int IndexOf(string stepId)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Id == stepId)
            {
                return i;
            }
        }

        return -1;
    }
}
