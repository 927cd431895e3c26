using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Cli.Pipeline;

/// <summary>
/// <c>usync import [folder] [--allow-data-loss] [--media-root dir]</c>: applies the folder to the database, creating
/// the database and its schema first when needed. Nothing is written when the folder has errors.
/// </summary>
internal sealed class ImportCommand : DatabaseCommand
{
    private readonly Option<bool> _allowDataLoss = new("--allow-data-loss")
    {
        Description = "Also apply type changes that lose data (removed properties, changed data types).",
    };

    private readonly Option<string?> _mediaRoot = new("--media-root")
    {
        Description = "Copy the download files of Files/media (beside the uSync root) into this folder; none are copied without it.",
    };

    public ImportCommand(CliContext context)
        : base("import", "Import the folder into the database; changes that lose data need --allow-data-loss.", context)
    {
        Add(_allowDataLoss);
        Add(_mediaRoot);
    }

    protected override bool MigratesSchema => true;

    protected override async Task<int> ExecuteAsync(ParseResult parsed, CliContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var folder = Folder.AllExisting(parsed, context);
        var options = new SyncImportOptions
        {
            AllowDataLoss = parsed.GetValue(_allowDataLoss),
            MediaRoot = parsed.GetValue(_mediaRoot) is { } mediaRoot ? context.FullPath(mediaRoot) : null,
        };

        var result = await services.GetRequiredService<SyncImporter>().ImportAsync(folder.FullPaths, options, cancellationToken);

        ProblemText.WriteAll(context.Error, result.Problems.Select(folder.Show));
        if (!result.Succeeded)
        {
            context.Error.WriteLine($"{folder.Display}: import refused, nothing was written.");
            return ExitCodes.Failed;
        }

        ChangeText.WriteAll(context.Out, result.Applied, folder);
        context.Out.WriteLine(
            $"{folder.Display}: applied {ChangeText.Summary(result.Applied)}; copied {ProblemText.Count(result.CopiedMediaFiles.Count, "media file")}");
        return ExitCodes.Success;
    }
}
