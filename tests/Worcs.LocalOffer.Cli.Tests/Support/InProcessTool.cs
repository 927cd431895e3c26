namespace Worcs.LocalOffer.Cli.Tests.Support;

/// <summary>Runs the tool in-process through its entry method, with captured output and a chosen working directory.</summary>
internal static class InProcessTool
{
    public static Task<CliRun> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), args);

    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, workingDirectory, name => environment.GetValueOrDefault(name));

        var exitCode = await CliApplication.RunAsync(args, context);

        return new CliRun(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
