using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Cli.Database;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Cli.Pipeline;

/// <summary>A verb that works between a uSync folder and the site's database.</summary>
internal abstract class DatabaseCommand : Command
{
    protected DatabaseCommand(string name, string description, CliContext context)
        : base(name, description)
    {
        Folder.AddTo(this);
        Database.AddTo(this);
        SetAction((parsed, cancellationToken) => RunAsync(parsed, context, cancellationToken));
    }

    protected SyncFolderArgument Folder { get; } = new();

    protected DatabaseOptions Database { get; } = new();

    /// <summary>Whether the verb may create the database and apply migrations, as the host does at start-up.</summary>
    protected virtual bool MigratesSchema => false;

    protected abstract Task<int> ExecuteAsync(ParseResult parsed, CliContext context, IServiceProvider services, CancellationToken cancellationToken);

    private async Task<int> RunAsync(ParseResult parsed, CliContext context, CancellationToken cancellationToken)
    {
        var settings = Database.Resolve(parsed, context);
        await using var services = SyncServices.Create(settings, HostSettings.Load(DatabaseOptions.ContentRoot(context)));
        try
        {
            var migrator = services.GetRequiredService<IDatabaseMigrator>();
            if (MigratesSchema)
            {
                await migrator.MigrateAsync(cancellationToken);
            }
            else if ((await migrator.GetPendingMigrationsAsync(cancellationToken)).Count is var pending and > 0)
            {
                context.Error.WriteLine(
                    $"error: the {settings.Provider} database has {pending} pending migration(s) (a new database has all of them); " +
                    "run 'usync import' or start the host once to create the schema.");
                return ExitCodes.Failed;
            }

            return await ExecuteAsync(parsed, context, services, cancellationToken);
        }
        catch (Exception exception) when (exception is not (UsageException or OperationCanceledException))
        {
            context.Error.WriteLine($"error: {Name} failed on the {settings.Provider} database: {exception.GetBaseException().Message}");
            return ExitCodes.Failed;
        }
    }
}
