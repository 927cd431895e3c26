using System.Diagnostics;
using Worcs.LocalOffer.CrashWorker;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Engine.Tests.Durability;

/// <summary>The crash workload running in a real child process, with what it reported as committed.</summary>
internal sealed class CrashWorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstPublish = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _errors = [];
    private int _lastPublished = -1;

    private CrashWorkerProcess(Process process) => _process = process;

    public int LastPublished => Volatile.Read(ref _lastPublished);

    public static CrashWorkerProcess Start(DatabaseSettings settings)
    {
        var workerDll = Path.Combine(AppContext.BaseDirectory, typeof(CrashWorkload).Assembly.GetName().Name + ".dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { workerDll, settings.Provider.ToString(), settings.ConnectionString })
        {
            start.ArgumentList.Add(argument);
        }

        var worker = new CrashWorkerProcess(new Process { StartInfo = start });
        worker._process.OutputDataReceived += (_, line) => worker.OnOutput(line.Data);
        worker._process.ErrorDataReceived += (_, line) => worker.OnError(line.Data);
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits until the worker has committed at least one publish in this run.</summary>
    public async Task WaitUntilWorkingAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_firstPublish.Task, exited, Task.Delay(timeout));
        if (first != _firstPublish.Task)
        {
            throw new InvalidOperationException($"The crash worker did not start publishing: {string.Join(Environment.NewLine, _errors)}");
        }
    }

    /// <summary>Kills the worker at once (SIGKILL), as a crash or power cut of the process would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose() => _process.Dispose();

    private void OnOutput(string? line)
    {
        if (line == "ready")
        {
            _ready.TrySetResult();
        }
        else if (line?.StartsWith("published ", StringComparison.Ordinal) == true)
        {
            Volatile.Write(ref _lastPublished, int.Parse(line["published ".Length..], System.Globalization.CultureInfo.InvariantCulture));
            _firstPublish.TrySetResult();
        }
    }

    private void OnError(string? line)
    {
        if (line is not null)
        {
            lock (_errors)
            {
                _errors.Add(line);
            }
        }
    }
}
