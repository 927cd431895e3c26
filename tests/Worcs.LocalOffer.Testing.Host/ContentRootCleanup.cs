namespace Worcs.LocalOffer.Testing.Host;

/// <summary>
/// Deletes a stopped host's content root. Once in CI a search index folder was still gaining a file just after its
/// host had stopped ("Directory not empty"), so a few short retries are allowed; each one is reported with what was
/// left, so the cause can be traced, and the last failure names the files.
/// </summary>
public static class ContentRootCleanup
{
    private const int Attempts = 5;

    public static async Task DeleteAsync(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (IOException exception)
            {
                var left = Directory.Exists(path) ? string.Join(", ", Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories)) : "";
                if (attempt == Attempts)
                {
                    throw new IOException($"{path} could not be deleted after {Attempts} attempts; left: {left}", exception);
                }

                await Console.Error.WriteLineAsync($"Deleting {path} failed ({exception.Message}); retrying. Left: {left}");
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }
}
