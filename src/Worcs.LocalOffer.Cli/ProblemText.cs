using Worcs.LocalOffer.Sync;

namespace Worcs.LocalOffer.Cli;

/// <summary>Compiler-style problem lines, <c>path:line: severity: message</c>, as editors and CI logs link them.</summary>
internal static class ProblemText
{
    public static void WriteAll(TextWriter output, IEnumerable<SyncProblem> problems)
    {
        foreach (var problem in problems)
        {
            output.WriteLine(Line(problem));
        }
    }

    public static string Line(SyncProblem problem)
    {
        var location = problem.Line is { } line ? $"{problem.File}:{line}" : problem.File;
        return $"{location}: {Severity(problem.Severity)}: {problem.Message}";
    }

    public static string Severity(SyncSeverity severity) => severity == SyncSeverity.Error ? "error" : "warning";

    /// <summary>"1 error", "2 errors".</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
