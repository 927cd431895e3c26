namespace Worcs.LocalOffer.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
