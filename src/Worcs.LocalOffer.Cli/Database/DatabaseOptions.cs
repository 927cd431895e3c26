using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Cli.Database;

/// <summary>
/// <c>--connection</c> and <c>--provider</c>, falling back to the host's environment variables
/// <c>ConnectionStrings__umbracoDbDSN</c> and <c>ConnectionStrings__umbracoDbDSN_ProviderName</c>.
/// </summary>
internal sealed class DatabaseOptions
{
    public const string ConnectionStringVariable = "ConnectionStrings__umbracoDbDSN";
    public const string ProviderNameVariable = "ConnectionStrings__umbracoDbDSN_ProviderName";

    /// <summary>Where the host lives relative to the repository root, so both use the same SQLite file by default.</summary>
    public const string HostContentRoot = "src/Worcs.LocalOffer.Host";

    private readonly Option<string?> _connection = new("--connection")
    {
        Description = $"The connection string (default: ${ConnectionStringVariable}, else the host's SQLite database).",
    };

    private readonly Option<string?> _provider = new("--provider")
    {
        Description = $"Microsoft.Data.Sqlite or Npgsql (default: ${ProviderNameVariable}).",
    };

    public void AddTo(Command command)
    {
        command.Add(_connection);
        command.Add(_provider);
    }

    /// <summary>Resolves the settings as the host does; throws <see cref="UsageException"/> when they are not usable.</summary>
    public DatabaseSettings Resolve(ParseResult parsed, CliContext context)
    {
        var values = new Dictionary<string, string?>
        {
            [DatabaseSettings.ConnectionStringKey] = parsed.GetValue(_connection) ?? context.GetEnvironmentVariable(ConnectionStringVariable),
            [DatabaseSettings.ProviderNameKey] = parsed.GetValue(_provider) ?? context.GetEnvironmentVariable(ProviderNameVariable),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        try
        {
            return DatabaseSettings.FromConfiguration(configuration, ContentRoot(context));
        }
        catch (InvalidOperationException exception)
        {
            throw new UsageException(exception.Message);
        }
    }

    /// <summary>The host's folder when run from the repository root, else the current directory.</summary>
    public static string ContentRoot(CliContext context)
    {
        var host = context.FullPath(HostContentRoot);
        return Directory.Exists(host) ? host : context.WorkingDirectory;
    }
}
