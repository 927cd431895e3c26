namespace Worcs.LocalOffer.Cli;

/// <summary>What a command may touch outside its arguments, so tests can run the tool in-process.</summary>
/// <param name="Out">Results and summaries.</param>
/// <param name="Error">Problems and usage errors.</param>
/// <param name="WorkingDirectory">What relative paths are relative to.</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable; <see langword="null"/> when it is not set.</param>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    string WorkingDirectory,
    Func<string, string?> GetEnvironmentVariable)
{
    public static CliContext FromProcess() =>
        new(Console.Out, Console.Error, Environment.CurrentDirectory, Environment.GetEnvironmentVariable);

    /// <summary>An absolute path for <paramref name="path"/>, relative paths taken from <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
