namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>
/// Identifies this process in the change-log rows it writes, so that <see cref="ChangeLogRelay"/> delivers only
/// changes committed by other processes (other web servers, or the command-line tool) sharing the database.
/// </summary>
public sealed class ChangeLogOrigin
{
    public Guid Id { get; } = Guid.NewGuid();
}
