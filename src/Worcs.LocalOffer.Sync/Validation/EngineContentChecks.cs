using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>
/// Each document and media item checked as the engine checks it on import: its name, its place in the tree and
/// its values by their editors, mandatory values and validation patterns when it is published (media always is),
/// the content rules and the value size limits.
/// </summary>
internal static class EngineContentChecks
{
    public static IEnumerable<SyncProblem> Check(FolderIndex index)
    {
        var byKey = index.Live<SyncContent>()
            .GroupBy(file => (((SyncContent)file.Item).Kind, file.Item.Key))
            .ToDictionary(group => group.Key, group => (SyncContent)group.First().Item);
        foreach (var (file, content, type) in index.TypedNodes())
        {
            var kind = type.Kind;
            var parentKey = ContentMapper.ParentKey(content);
            var parent = parentKey is { } key ? byKey.GetValueOrDefault((content.Kind, key)) : null;
            var parentType = parent is null ? null : index.Schema.FindType(kind, parent.Info.ContentType);
            var mode = content.Kind == ContentKind.Media || ContentMapper.Published(content) == true ? ValidationMode.Publish : ValidationMode.Save;
            var shape = index.ShapeOf(type);
            var errors = index.Schema.ValidateNode(type, ContentMapper.Name(content), ContentCultureMapper.InvariantValues(content, shape), mode, parentKey is null, parent is null ? null : ContentMapper.Name(parent), parentType, shape.VariesByCulture ? VariantScope.Invariant : VariantScope.All).ToList();
            errors.AddRange(CultureErrors(index, content, type, shape, mode));
            // A data type known only by key (or missing, which ReferenceChecks reports) leaves its values unchecked.
            var uncheckable = index.Schema.UncheckableProperties(type).Select(alias => "properties." + alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var error in errors.Where(error => !uncheckable.Contains(error.Path[Math.Max(0, error.Path.IndexOf("properties.", StringComparison.Ordinal))..])))
            {
                yield return new SyncProblem(SyncSeverity.Error, file.Path, LineOf(file, error), error.ToString());
            }
        }
    }

    /// <summary>Each culture in a language of the site, checked as the engine checks it: published cultures fully, the others as saved.</summary>
    private static IEnumerable<ValidationError> CultureErrors(FolderIndex index, SyncContent content, ContentType type, ContentShape shape, ValidationMode mode)
    {
        var (published, _) = ContentCultureMapper.PublishedCultures(content);
        foreach (var (culture, request) in ContentCultureMapper.Cultures(content, shape) ?? [])
        {
            if (!index.Languages.ContainsKey(culture))
            {
                continue;
            }

            var cultureMode = mode == ValidationMode.Publish && published.Contains(culture, StringComparer.OrdinalIgnoreCase) ? ValidationMode.Publish : ValidationMode.Save;
            foreach (var error in index.Schema.ValidateCulture(type, request.Name, request.Values ?? new Dictionary<string, string?>(), cultureMode, $"cultures.{culture}"))
            {
                yield return error;
            }
        }
    }

    /// <summary>The line of the property a path such as <c>properties.faqs[0].question</c> starts with.</summary>
    internal static int? LineOf(SyncFile file, ValidationError error)
    {
        const string Prefix = "properties.";
        var path = error.Path;
        if (path.StartsWith("cultures.", StringComparison.Ordinal))
        {
            // cultures.{culture}.name or cultures.{culture}.properties.…
            var afterCulture = path.IndexOf('.', "cultures.".Length);
            path = afterCulture < 0 ? "name" : path[(afterCulture + 1)..];
        }

        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return path switch
            {
                "name" => SourceLines.Of(file, "Info", "NodeName"),
                "parent" => SourceLines.Of(file, "Info", "Parent"),
                "contentType" => SourceLines.Of(file, "Info", "ContentType"),
                _ => SourceLines.Root(file),
            };
        }

        var rest = path[Prefix.Length..];
        var end = rest.IndexOfAny(['.', '[']);
        return SourceLines.Of(file, "Properties", end < 0 ? rest : rest[..end]);
    }
}
