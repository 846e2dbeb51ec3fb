using SignpostBot.Testing;

namespace SignpostBot.Cli.Tests.Commands;

/// <summary>Runs the content tool in-process, as a person would from the repository root.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var withRoot = args.Contains("--root") ? args : [.. args, "--root", RepositoryPaths.Root];
        var code = await ContentTool.RunAsync(withRoot, new StringReader(input), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
