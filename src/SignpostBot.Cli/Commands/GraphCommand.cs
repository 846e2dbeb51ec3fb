using System.ComponentModel;
using System.Diagnostics;
using SignpostBot.Content.Analysis;

namespace SignpostBot.Cli.Commands;

/// <summary>
/// <c>graph</c>: writes flows.md (a Mermaid flowchart GitHub renders) and flows.dot, and turns the latter into
/// flows.svg with Graphviz's <c>dot</c> when it is installed (Debian: <c>apt-get install graphviz</c>).
/// </summary>
internal static class GraphCommand
{
    public static async Task<int> RunAsync(ContentRoot root, string outFolder, TextWriter output)
    {
        if (LoadedContent.Load(root, output) is not { } content)
        {
            return 1;
        }

        var outDir = Path.GetFullPath(outFolder);
        Directory.CreateDirectory(outDir);
        var graph = FlowGraph.Build(content);
        var markdown = Path.Combine(outDir, "flows.md");
        var dotFile = Path.Combine(outDir, "flows.dot");
        var svg = Path.Combine(outDir, "flows.svg");
        await File.WriteAllTextAsync(markdown, MermaidWriter.Write(graph, "SignpostBot conversation flows"));
        await File.WriteAllTextAsync(dotFile, DotWriter.Write(graph));
        output.WriteLine($"wrote {markdown} ({graph.Nodes.Count} steps, {graph.Edges.Count} moves)");
        output.WriteLine($"wrote {dotFile}");
        if (await RunDotAsync(dotFile, svg))
        {
            output.WriteLine($"wrote {svg}");
        }
        else
        {
            output.WriteLine("Graphviz 'dot' is not installed, so no SVG was drawn (Debian/Ubuntu: sudo apt-get install graphviz). flows.md shows the same picture on GitHub.");
        }

        return 0;
    }

    /// <summary>Runs <c>dot -Tsvg</c>; false when Graphviz is not installed.</summary>
    public static async Task<bool> RunDotAsync(string dotFile, string svgFile)
    {
        var start = new ProcessStartInfo("dot") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-Tsvg");
        start.ArgumentList.Add(dotFile);
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add(svgFile);
        try
        {
            using var process = Process.Start(start)!;
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? true : throw new InvalidOperationException("dot failed: " + stderr);
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
