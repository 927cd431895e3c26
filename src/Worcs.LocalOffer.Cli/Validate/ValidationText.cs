using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Cli.Validate;

/// <summary>Problems on standard error, then a summary on standard output.</summary>
internal static class ValidationText
{
    public static void Write(CliContext context, SyncFolder folder, SyncValidationResult result)
    {
        ProblemText.WriteAll(context.Error, result.Problems);
        context.Out.WriteLine(
            $"{folder.Root}: {ProblemText.Count(folder.Files.Count, "file")} read, " +
            $"{ProblemText.Count(result.Errors.Count(), "error")}, {ProblemText.Count(result.Warnings.Count(), "warning")}");
    }
}
