using SignpostBot.Dialogs.Content;
using System.Globalization;
using System.Text;

namespace SignpostBot.Content.Analysis;

/// <summary>Writes a <see cref="FlowGraph"/> in Graphviz's DOT language, for <c>dot -Tsvg</c>.</summary>
public static class DotWriter
{
    private const int MaxLabel = 90;

    public static string Write(FlowGraph graph)
    {
        var ids = graph.Nodes.Select((n, i) => (n.Id, Short: "n" + i.ToString(CultureInfo.InvariantCulture))).ToDictionary(x => x.Id, x => x.Short, StringComparer.Ordinal);
        var dot = new StringBuilder();
        dot.AppendLine("digraph flows {");
        dot.AppendLine("  rankdir=TB; node [fontname=\"Helvetica\", fontsize=11, shape=box, style=rounded]; edge [fontname=\"Helvetica\", fontsize=10];");
        var cluster = 0;
        foreach (var group in graph.Nodes.GroupBy(n => n.DialogId))
        {
            if (group.Key is { } dialog)
            {
                dot.Append("  subgraph cluster_").Append(cluster++.ToString(CultureInfo.InvariantCulture)).Append(" { label=").Append(Quote(dialog)).AppendLine("; style=dashed;");
            }

            foreach (var node in group)
            {
                dot.Append("    ").Append(ids[node.Id]).Append(" [label=").Append(Quote(Label(node))).Append(Style(node.Kind)).AppendLine("];");
            }

            if (group.Key is not null)
            {
                dot.AppendLine("  }");
            }
        }

        foreach (var edge in graph.Edges)
        {
            dot.Append("  ").Append(ids[edge.From]).Append(" -> ").Append(ids[edge.To]);
            if (edge.Answers.Count > 0)
            {
                dot.Append(" [label=").Append(Quote(Wrap(string.Join(" / ", edge.Answers)))).Append(']');
            }

            dot.AppendLine(";");
        }

        dot.AppendLine("}");
        return dot.ToString();
    }

    private static string Label(FlowNode node)
    {
        var step = node.Kind == FlowNodeKind.FailSafe ? "fail-safe: "
            : node.Id.Contains('/', StringComparison.Ordinal) ? node.Id[(node.Id.IndexOf('/', StringComparison.Ordinal) + 1)..] + ": " : string.Empty;
        return Wrap(step + node.Text);
    }

    private static string Style(FlowNodeKind kind) => kind switch
    {
        FlowNodeKind.Signpost => ", style=\"rounded,filled,bold\", fillcolor=\"#d4edda\", color=\"#1e7e34\"",
        FlowNodeKind.FailSafe => ", style=\"rounded,filled,bold\", fillcolor=\"#fff3cd\", color=\"#b8860b\"",
        FlowNodeKind.Question => ", shape=hexagon, style=solid",
        FlowNodeKind.Start or FlowNodeKind.End => ", shape=oval, style=solid",
        _ => string.Empty,
    };

    private static string Wrap(string text)
    {
        var words = text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries);
        var flat = string.Join(' ', words);
        if (flat.Length > MaxLabel)
        {
            flat = flat[..(MaxLabel - 1)] + "…";
        }

        var lines = new StringBuilder();
        var width = 0;
        foreach (var word in flat.Split(' '))
        {
            if (width > 0 && width + word.Length > 32)
            {
                lines.Append('\n');
                width = 0;
            }
            else if (width > 0)
            {
                lines.Append(' ');
                width++;
            }

            lines.Append(word);
            width += word.Length;
        }

        return lines.ToString();
    }

    private static string Quote(string text)
        => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
