using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>
/// What imports here but means something else on a real Umbraco 17 site: patterns its backoffice (JavaScript)
/// cannot parse, patterns on uploads, and rich text toolbar buttons without their extension.
/// </summary>
internal static partial class ModelWarnings
{
    public static IEnumerable<SyncProblem> ValidationPatterns(FolderIndex index)
    {
        var dataTypes = new Dictionary<Guid, string>();
        foreach (var file in index.Live<SyncDataType>())
        {
            dataTypes.TryAdd(file.Item.Key, ((SyncDataType)file.Item).EditorAlias);
        }

        foreach (var dataType in index.Options.KnownDataTypes)
        {
            dataTypes.TryAdd(dataType.Key, dataType.EditorAlias);
        }

        foreach (var file in index.Live<SyncContentType>())
        {
            foreach (var property in ((SyncContentType)file.Item).Properties.Where(property => !string.IsNullOrEmpty(property.Validation)))
            {
                var line = SourceLines.OfProperty(file, property.Alias, "Validation");
                if (InlineFlags().Match(property.Validation!) is { Success: true } flags)
                {
                    yield return Warning(file, line, $"property '{property.Alias}': the validation pattern uses the inline flag '{flags.Value}', which JavaScript cannot parse, so Umbraco's backoffice fails on it; spell out both cases instead (e.g. [A-Za-z])");
                }

                if (string.Equals(dataTypes.GetValueOrDefault(property.Definition), PropertyEditorAliases.UploadField, StringComparison.OrdinalIgnoreCase))
                {
                    yield return Warning(file, line, $"property '{property.Alias}' is an upload, and Umbraco runs its validation pattern against the upload's JSON value, not the file name; remove the pattern and list the allowed types in the data type's fileExtensions");
                }
            }
        }
    }

    public static IEnumerable<SyncProblem> TiptapExtensions(FolderIndex index)
    {
        foreach (var file in index.Live<SyncDataType>())
        {
            var dataType = (SyncDataType)file.Item;
            if (!string.Equals(dataType.EditorAlias, PropertyEditorAliases.RichText, StringComparison.OrdinalIgnoreCase) || Parse(dataType.Config) is not { } config)
            {
                continue;
            }

            var extensions = (config["extensions"] as JsonArray ?? []).Select(Text).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var missing = Buttons(config["toolbar"])
                .Select(button => (Button: button, Extension: TiptapToolbar.ExtensionFor(button)))
                .Where(entry => entry.Extension is not null && !extensions.Contains(entry.Extension))
                .GroupBy(entry => entry.Extension!);
            foreach (var group in missing)
            {
                yield return Warning(
                    file,
                    SourceLines.Of(file, "Config"),
                    $"the toolbar has {string.Join(", ", group.Select(entry => entry.Button).Distinct())} but \"extensions\" lacks \"{group.Key}\"; Umbraco 17 disables the button and drops its markup when the value is next saved");
            }
        }
    }

    private static IEnumerable<string> Buttons(JsonNode? toolbar) => toolbar switch
    {
        JsonArray array => array.SelectMany(Buttons),
        JsonValue value when Text(value) is { } text => [text],
        _ => [],
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static JsonObject? Parse(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static SyncProblem Warning(SyncFile file, int? line, string message) => new(SyncSeverity.Warning, file.Path, line, message);

    /// <summary><c>(?i)</c>, <c>(?im)</c>, <c>(?-i)</c>, <c>(?i:…)</c> and the like.</summary>
    [GeneratedRegex(@"\(\?[imnsx]*-?[imnsx]+[:)]")]
    private static partial Regex InlineFlags();
}
