using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Sync.Export;

namespace Worcs.LocalOffer.Cli.Pipeline;

/// <summary><c>usync export [folder]</c>: writes the database's content model and content as uSync files.</summary>
internal sealed class ExportCommand(CliContext context)
    : DatabaseCommand("export", "Export the database's content model and content to the folder as uSync v17 files.", context)
{
    protected override async Task<int> ExecuteAsync(ParseResult parsed, CliContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        // Like uSync, an export writes to the last root when several are given.
        var display = Folder.Values(parsed)[^1];
        var result = await services.GetRequiredService<SyncExporter>().ExportAsync(context.FullPath(display), cancellationToken);

        foreach (var written in result.Written)
        {
            context.Out.WriteLine($"wrote {display.TrimEnd('/')}/{written}");
        }

        context.Out.WriteLine(
            $"{display}: {ProblemText.Count(result.Written.Count, "file")} written, {ProblemText.Count(result.Unchanged.Count, "file")} unchanged");
        return ExitCodes.Success;
    }
}
