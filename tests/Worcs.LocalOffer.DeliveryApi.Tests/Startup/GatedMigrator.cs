using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Startup;

/// <summary>Holds the start-up migrations until the test opens the gate.</summary>
internal sealed class GatedMigrator(IDatabaseMigrator inner, Task gate) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        await inner.MigrateAsync(cancellationToken);
    }

    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) => inner.CanConnectAsync(cancellationToken);

    public Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken) => inner.GetPendingMigrationsAsync(cancellationToken);

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => inner.IsReadyAsync(cancellationToken);
}
