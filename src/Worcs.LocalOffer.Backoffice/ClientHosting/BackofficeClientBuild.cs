using System.Reflection;
using System.Text.Json;

namespace Worcs.LocalOffer.Backoffice.ClientHosting;

/// <summary>
/// The built client as <c>Client/build.mjs</c> describes it in <c>backoffice-client.json</c>: the version segment of
/// its URLs and its importmap, whose targets are paths relative to <see cref="Folder"/>.
/// </summary>
public sealed record BackofficeClientBuild(string Folder, string Version, IReadOnlyDictionary<string, string> Importmap, string PackageJsonModule)
{
    public const string ManifestFileName = "backoffice-client.json";
    private const string BuildFolderMetadataKey = "Worcs.LocalOffer.BackofficeClient.BuildFolder";

    /// <summary>The folder this project's build wrote, compiled into the assembly by <c>Client/BackofficeClient.targets</c>.</summary>
    public static string? CompiledBuildFolder =>
        typeof(BackofficeClientBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == BuildFolderMetadataKey)?.Value;

    public static BackofficeClientBuild Load(string folder)
    {
        var manifestPath = Path.Combine(folder, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new InvalidOperationException(
                $"The backoffice client is not built: {manifestPath} is missing. Build src/Worcs.LocalOffer.Backoffice (it runs npm ci and "
                + $"Client/build.mjs), or set {BackofficeClientSettings.SectionKey}:{nameof(BackofficeClientSettings.ClientFolder)} to a built client.");
        }

        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestPath), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{manifestPath}: the file is empty.");
        if (string.IsNullOrWhiteSpace(manifest.Version) || manifest.Version.Contains('/', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{manifestPath}: version is missing or not a single path segment.");
        }
        if (manifest.Importmap is not { Count: > 0 } || string.IsNullOrWhiteSpace(manifest.PackageJsonModule))
        {
            throw new InvalidOperationException($"{manifestPath}: importmap and packageJsonModule are required.");
        }
        return new BackofficeClientBuild(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), manifest.Version, manifest.Importmap, manifest.PackageJsonModule);
    }

    private sealed record Manifest(string? Version, Dictionary<string, string>? Importmap, string? PackageJsonModule);
}
