namespace Worcs.LocalOffer.Testing;

/// <summary>
/// The engines every storage test runs on:
/// <c>[TestFixtureSource(typeof(Databases), nameof(Databases.All))]</c> with a constructor taking a <see cref="DatabaseEngine"/>.
/// </summary>
public static class Databases
{
    public static IEnumerable<DatabaseEngine> All => [DatabaseEngine.Sqlite, DatabaseEngine.PostgreSql];
}
