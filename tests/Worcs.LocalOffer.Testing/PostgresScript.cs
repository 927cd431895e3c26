using System.Diagnostics;

namespace Worcs.LocalOffer.Testing;

/// <summary>Runs build/postgres.sh once, when the test server does not answer, and reports what happened.</summary>
internal static class PostgresScript
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(10);

    public static async Task<string> RunAsync()
    {
        var root = RepositoryRoot.Find();
        if (root is null)
        {
            return "build/postgres.sh was not found above the test assembly or the working directory.";
        }

        var script = Path.Combine(root, "build", "postgres.sh");
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { script },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(_timeout);
            await process.WaitForExitAsync(timeout.Token);
            return $"{script} exited with {process.ExitCode}.{Environment.NewLine}{await output}{await errors}";
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return $"{script} could not be run: {exception.Message}";
        }
    }
}
