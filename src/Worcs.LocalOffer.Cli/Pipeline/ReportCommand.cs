using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Cli.Pipeline;

/// <summary>
/// <c>usync report [folder] [--json]</c>: what an import would change, writing nothing. Exits 0 once the report is
/// made, even when an import would refuse the folder: the errors are on standard error, and <c>validate</c> is the gate.
/// </summary>
internal sealed class ReportCommand : DatabaseCommand
{
    private readonly Option<bool> _json = new("--json") { Description = "Print the report as JSON on standard output." };

    public ReportCommand(CliContext context)
        : base("report", "Dry run: list what an import of the folder would change, flagging data loss.", context)
    {
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parsed, CliContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var folder = Folder.AllExisting(parsed, context);
        var report = await services.GetRequiredService<SyncImporter>().ReportAsync(folder.FullPaths, cancellationToken: cancellationToken);

        if (parsed.GetValue(_json))
        {
            context.Out.WriteLine(report.ToJson());
        }
        else
        {
            ProblemText.WriteAll(context.Error, report.Problems.Select(folder.Show));
            var pending = report.Pending.ToList();
            ChangeText.WriteAll(context.Out, pending, folder);
            context.Out.WriteLine($"{folder.Display}: {ChangeText.Summary(pending)}, {ProblemText.Count(report.Changes.Count - pending.Count, "item")} unchanged");
            if (report.HasErrors)
            {
                var errors = report.Problems.Count(problem => problem.Severity == Sync.SyncSeverity.Error);
                context.Error.WriteLine($"{folder.Display}: an import would be refused ({ProblemText.Count(errors, "error")}).");
            }
        }

        return ExitCodes.Success;
    }
}
