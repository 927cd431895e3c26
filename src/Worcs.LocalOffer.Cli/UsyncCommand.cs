using System.CommandLine;
using Worcs.LocalOffer.Cli.Pipeline;
using Worcs.LocalOffer.Cli.Validate;

namespace Worcs.LocalOffer.Cli;

/// <summary><c>usync</c>: the verbs that work on uSync v17 folders.</summary>
internal sealed class UsyncCommand : Command
{
    public UsyncCommand(CliContext context)
        : base("usync", "Validate, report, import and export uSync v17 folders.")
    {
        Add(new ValidateCommand(context));
        Add(new ReportCommand(context));
        Add(new ImportCommand(context));
        Add(new ExportCommand(context));
    }
}
