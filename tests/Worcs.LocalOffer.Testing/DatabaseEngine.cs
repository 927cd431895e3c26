namespace Worcs.LocalOffer.Testing;

public enum DatabaseEngine
{
    Sqlite,
    PostgreSql,
}
