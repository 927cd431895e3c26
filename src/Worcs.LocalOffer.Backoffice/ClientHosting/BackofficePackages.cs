using System.Text.Json;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Backoffice.ClientHosting;

/// <summary>
/// Our backoffice packages, read once at start-up: every sub-folder of the packages folder with an
/// <c>umbraco-package.json</c>, as Umbraco reads <c>App_Plugins</c>. Their <c>importmap.imports</c> join the host page's.
/// </summary>
public sealed record BackofficePackages(string? Folder, IReadOnlyList<string> Names, IReadOnlyDictionary<string, string> Importmap)
{
    public const string ManifestFileName = "umbraco-package.json";

    public static BackofficePackages Scan(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new BackofficePackages(null, [], new Dictionary<string, string>());
        }

        var names = new List<string>();
        var importmap = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var packageFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var manifestPath = Path.Combine(packageFolder, ManifestFileName);
            if (!File.Exists(manifestPath))
            {
                continue;
            }
            names.Add(Path.GetFileName(packageFolder));
            foreach (var (specifier, url) in ReadImports(manifestPath))
            {
                if (!importmap.TryAdd(specifier, url) && importmap[specifier] != url)
                {
                    throw new InvalidOperationException($"{manifestPath}: importmap.imports[\"{specifier}\"] is already mapped to {importmap[specifier]} by another package.");
                }
            }
        }
        return new BackofficePackages(Path.GetFullPath(folder), names, importmap);
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadImports(string manifestPath)
    {
        JsonNode? manifest;
        try
        {
            manifest = JsonNode.Parse(File.ReadAllText(manifestPath));
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{manifestPath}: not valid JSON ({exception.Message}).", exception);
        }
        if (manifest?["importmap"]?["imports"] is not JsonObject imports)
        {
            yield break;
        }
        foreach (var (specifier, value) in imports)
        {
            if (value is not JsonValue url || url.GetValueKind() != JsonValueKind.String)
            {
                throw new InvalidOperationException($"{manifestPath}: importmap.imports[\"{specifier}\"] must be a URL string.");
            }
            yield return new(specifier, url.GetValue<string>());
        }
    }
}
