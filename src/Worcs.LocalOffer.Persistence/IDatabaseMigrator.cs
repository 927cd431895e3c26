namespace Worcs.LocalOffer.Persistence;

/// <summary>Brings the database schema up to date at start-up and reports whether the database is ready.</summary>
public interface IDatabaseMigrator
{
    /// <summary>
    /// Creates the database if needed and applies pending migrations. Safe when several processes start together:
    /// they take turns, and the later ones find nothing left to do.
    /// </summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<bool> CanConnectAsync(CancellationToken cancellationToken);

    /// <summary>The ids of the migrations not yet applied; all of them when the database does not exist.</summary>
    Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken);

    /// <summary>True when the database answers and has no pending migrations.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
