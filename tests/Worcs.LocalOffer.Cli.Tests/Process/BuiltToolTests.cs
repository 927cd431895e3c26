using System.Diagnostics;
using Worcs.LocalOffer.Cli.Tests.Support;

namespace Worcs.LocalOffer.Cli.Tests.Process;

/// <summary>The built tool as CI runs it: a child process whose exit code is what a shell sees.</summary>
public sealed class BuiltToolTests
{
    [Test]
    public async Task Exit_codes_of_the_real_process_are_0_valid_1_invalid_2_usage()
    {
        using var broken = new TempSyncFolder().Add("DataTypes/Broken.config", "<DataType>\n  <Info>\n</DataType>");

        var valid = await RunAsync(RepositoryRoot.Path, "usync", "validate", "uSync/v17");
        var invalid = await RunAsync(broken.Root, "usync", "validate", TempSyncFolder.Name);
        var usage = await RunAsync(RepositoryRoot.Path, "usync", "frob");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(valid.ExitCode, Is.EqualTo(0), valid.ToString);
            Assert.That(valid.Out, Does.StartWith("uSync/v17: "));
            Assert.That(invalid.ExitCode, Is.EqualTo(1), invalid.ToString);
            Assert.That(invalid.Error, Does.StartWith("v17/DataTypes/Broken.config:4: error: malformed XML"));
            Assert.That(usage.ExitCode, Is.EqualTo(2), usage.ToString);
            Assert.That(usage.Error, Does.Contain("unknown verb 'frob'"));
        }
    }

    private static async Task<CliRun> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(CliApplication).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }
}
