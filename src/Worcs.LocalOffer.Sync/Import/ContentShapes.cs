using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Validation.Offline;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Import;

/// <summary>The shape of each content file's type as it will be after the import: the stored types with the folder's over them.</summary>
internal sealed class ContentShapes(OfflineSchema schema, string? defaultCulture)
{
    private readonly Dictionary<(ContentKind, string), ContentShape> _byType = [];

    public static ContentShapes Create(OfflineValidation engine, IReadOnlyList<DataType> storedDataTypes, IReadOnlyList<ContentType> storedTypes, IReadOnlyList<Language> storedLanguages, SyncPlan plan)
    {
        var schema = engine.Load([.. storedDataTypes, .. plan.DataTypes.Select(planned => planned.Item)], [.. storedTypes, .. plan.ContentTypes.Select(planned => planned.Item)]);
        return new ContentShapes(schema, DefaultCulture(storedLanguages, plan.Languages.Select(planned => planned.Item)));
    }

    /// <summary>The default language after the import: the folder's default, else the site's.</summary>
    public static string? DefaultCulture(IEnumerable<Language> stored, IEnumerable<Language> folder) =>
        (folder.FirstOrDefault(language => language.IsDefault) ?? stored.FirstOrDefault(language => language.IsDefault))?.IsoCode;

    public ContentShape For(SyncContent content)
    {
        var key = (content.Kind, content.Info.ContentType.ToUpperInvariant());
        if (!_byType.TryGetValue(key, out var shape))
        {
            var kind = content.Kind == ContentKind.Media ? Engine.ContentTypes.ContentTypeKind.Media : Engine.ContentTypes.ContentTypeKind.Document;
            shape = schema.FindType(kind, content.Info.ContentType) is { } type
                ? ContentShape.For(type, schema.PropertiesOf(type), defaultCulture)
                : ContentShape.Invariant(defaultCulture);
            _byType[key] = shape;
        }

        return shape;
    }
}
