using Worcs.LocalOffer.Persistence.Tests.Durability;

namespace Worcs.LocalOffer.Persistence.Tests;

/// <summary>
/// The test host never calls this. The crash tests start this assembly as a child process in
/// <see cref="CrashWriter"/> mode, then kill it while it writes.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 4 && args[0] == CrashWriter.Command)
        {
            var provider = Enum.Parse<DatabaseProvider>(args[1]);
            await CrashWriter.RunAsync(new DatabaseSettings(provider, args[2]), Guid.Parse(args[3]));
            return 0;
        }

        await Console.Error.WriteLineAsync("This assembly holds tests: run it with dotnet test.");
        return 1;
    }
}
