using SignpostBot.Dialogs.Content;
using System.Globalization;
using System.Text;

namespace SignpostBot.Content.Analysis;

/// <summary>
/// Writes a <see cref="FlowGraph"/> as a Mermaid flowchart inside a Markdown file, which GitHub renders as a picture.
/// One box per dialog; questions are rounded, signposts are highlighted green, the fail-safe amber.
/// </summary>
public static class MermaidWriter
{
    private const int MaxLabel = 90;

    public static string Write(FlowGraph graph, string title)
    {
        var ids = graph.Nodes.Select((n, i) => (n.Id, Short: "n" + i.ToString(CultureInfo.InvariantCulture))).ToDictionary(x => x.Id, x => x.Short, StringComparer.Ordinal);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(title).AppendLine();
        md.AppendLine("Made by `dotnet run --project src/SignpostBot.Cli -- graph` from `dialogs/` and `knowledge/`. Do not edit: run the command again after changing a flow.");
        md.AppendLine("Green boxes show phone numbers; amber is the fail-safe signpost shown after two answers the bot did not understand. A person can type a danger word at any question: the emergency number is shown at once.").AppendLine();
        md.AppendLine("```mermaid").AppendLine("flowchart TD");
        foreach (var group in graph.Nodes.GroupBy(n => n.DialogId))
        {
            var indent = "  ";
            if (group.Key is { } dialog)
            {
                md.Append("  subgraph ").Append(Safe(dialog)).Append("[\"").Append(Escape(dialog)).AppendLine("\"]");
                indent = "    ";
            }

            foreach (var node in group)
            {
                md.Append(indent).Append(ids[node.Id]).AppendLine(Shape(node));
            }

            if (group.Key is not null)
            {
                md.AppendLine("  end");
            }
        }

        foreach (var edge in graph.Edges)
        {
            md.Append("  ").Append(ids[edge.From]);
            md.Append(edge.Answers.Count == 0 ? " --> " : " -->|\"" + Escape(Trim(string.Join(" / ", edge.Answers), 160)) + "\"| ");
            md.AppendLine(ids[edge.To]);
        }

        md.AppendLine("  classDef signpost fill:#d4edda,stroke:#1e7e34,stroke-width:2px");
        md.AppendLine("  classDef failsafe fill:#fff3cd,stroke:#b8860b,stroke-width:2px");
        AppendClass(md, "signpost", graph.Nodes.Where(n => n.Kind == FlowNodeKind.Signpost).Select(n => ids[n.Id]));
        AppendClass(md, "failsafe", graph.Nodes.Where(n => n.Kind == FlowNodeKind.FailSafe).Select(n => ids[n.Id]));
        md.AppendLine("```");
        return md.ToString();
    }

    private static void AppendClass(StringBuilder md, string name, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        if (list.Count > 0)
        {
            md.Append("  class ").Append(string.Join(",", list)).Append(' ').AppendLine(name);
        }
    }

    private static string Shape(FlowNode node)
    {
        var step = node.Kind == FlowNodeKind.FailSafe ? "fail-safe: "
            : node.Id.Contains('/', StringComparison.Ordinal) ? node.Id[(node.Id.IndexOf('/', StringComparison.Ordinal) + 1)..] + ": " : string.Empty;
        var text = Escape(step + Trim(node.Text));
        return node.Kind switch
        {
            FlowNodeKind.Start or FlowNodeKind.End => $"([\"{text}\"])",
            FlowNodeKind.Question => $"{{{{\"{text}\"}}}}",
            FlowNodeKind.Signpost or FlowNodeKind.FailSafe => $"[[\"{text}\"]]",
            FlowNodeKind.Begin => $">\"{text}\"]",
            _ => $"[\"{text}\"]",
        };
    }

    private static string Trim(string text, int max = MaxLabel)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }

    // Mermaid reads quotes and a few symbols itself; HTML entities keep them as text.
    private static string Escape(string text) => text
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal)
        .Replace("|", "#124;", StringComparison.Ordinal);

    private static string Safe(string id) => "d_" + new string(id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
