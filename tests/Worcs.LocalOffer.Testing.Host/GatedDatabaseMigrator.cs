using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Testing.Host;

/// <summary>The real migrator, whose <see cref="MigrateAsync"/> waits until the test opens the gate.</summary>
public sealed class GatedDatabaseMigrator(IDatabaseMigrator inner, Task gate) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        await inner.MigrateAsync(cancellationToken);
    }

    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) => inner.CanConnectAsync(cancellationToken);

    public Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken) =>
        inner.GetPendingMigrationsAsync(cancellationToken);

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => inner.IsReadyAsync(cancellationToken);
}
