using System.Globalization;
using Worcs.LocalOffer.ContentModel.Derived;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Rendering.Properties;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// Resolves filter and sort field names, case-insensitively as Umbraco does: Umbraco's built-in ones, then any property of
/// a document (or media) type, then the content model's derived properties.
/// </summary>
public static class QueryFields
{
    /// <summary>Umbraco's <c>path</c> sort: tree order. It is a sort only; Umbraco has no path filter.</summary>
    public const string Path = "path";

    public static QueryField? Find(string name, ContentSnapshot snapshot, bool media, DerivedProperties derived)
    {
        if (BuiltIn(name, media) is { } builtIn)
        {
            return builtIn;
        }

        var kind = media ? ContentTypeKind.Media : ContentTypeKind.Document;
        var property = snapshot.Types.Values
            .Where(type => type.Kind == kind && !type.IsElement)
            .Select(type => type.ByAlias.GetValueOrDefault(name))
            .FirstOrDefault(found => found is not null);
        if (property is not null)
        {
            return new QueryField(property.Alias, KindOf(property.EditorAlias), (node, _) => PropertyValues(node, property.Alias));
        }

        return media ? null : Derived(derived.Named(name));
    }

    private static QueryField? Derived(IReadOnlyList<IDerivedProperty> named)
    {
        if (named.Count == 0)
        {
            return null;
        }

        var fieldKind = named[0].Kind == DerivedValueKind.Number ? FieldKind.Number : FieldKind.Text;
        return new QueryField(named[0].Alias, fieldKind, (node, now) => named
            .Where(property => property.DocumentTypeAlias == node.Type.Alias)
            .Select(property => property.ValueOf(node.GetValue, now).Value)
            .ToList());
    }

    /// <summary>Umbraco's own fields: contentType (or mediaType), name, createDate, updateDate, level, sortOrder and path.</summary>
    public static QueryField? BuiltIn(string name, bool media) => name.ToLowerInvariant() switch
    {
        "contenttype" when !media => new QueryField("contentType", FieldKind.Text, (node, _) => [node.Type.Alias]),
        "mediatype" when media => new QueryField("mediaType", FieldKind.Text, (node, _) => [node.Type.Alias]),
        "name" => new QueryField("name", FieldKind.Text, (node, _) => [node.Name]),
        "createdate" => new QueryField("createDate", FieldKind.Date, (node, _) => [new DateTimeOffset(node.CreateDate)]),
        "updatedate" => new QueryField("updateDate", FieldKind.Date, (node, _) => [new DateTimeOffset(node.UpdateDate)]),
        "level" => new QueryField("level", FieldKind.Number, (node, _) => [(decimal)node.Level]),
        "sortorder" => new QueryField("sortOrder", FieldKind.Number, (node, _) => [(decimal)node.SortOrder]),
        Path => new QueryField(Path, FieldKind.Number, (node, _) => [(decimal)node.TreeIndex], SortOnly: true),
        _ => null,
    };
    private static FieldKind KindOf(string editorAlias) => editorAlias switch
    {
        PropertyEditorAliases.Integer or PropertyEditorAliases.Decimal => FieldKind.Number,
        PropertyEditorAliases.DateOnly or PropertyEditorAliases.DateTime or PropertyEditorAliases.DateTimeUnspecified or PropertyEditorAliases.DateTimeWithTimeZone => FieldKind.Date,
        PropertyEditorAliases.TrueFalse => FieldKind.Boolean,
        PropertyEditorAliases.Tags => FieldKind.List,
        _ => FieldKind.Text,
    };

    private static IReadOnlyList<object> PropertyValues(CachedNode node, string alias)
    {
        if (!node.Type.ByAlias.TryGetValue(alias, out var property))
        {
            return [];
        }

        var stored = node.GetValue(alias);
        return KindOf(property.EditorAlias) switch
        {
            FieldKind.Number => StoredNumbers.TryRead(stored, out var number) ? [number] : [],
            FieldKind.Date => StoredDates.TryRead(stored, out var date) ? [DateOnlyAsUtc(property.EditorAlias, date)] : [],
            FieldKind.Boolean => [TrueFalseValueWriter.IsTrue(stored)],
            FieldKind.List => [.. StoredLists.Tags(stored)],
            FieldKind.Text => ContentPickerValueWriter.TryReadKey(stored, out var key) && property.EditorAlias == PropertyEditorAliases.ContentPicker
                ? [key.ToString("D", CultureInfo.InvariantCulture)]
                : string.IsNullOrEmpty(stored) ? [] : [stored],
        };
    }

    /// <summary>Date-only values compare as midnight UTC of their day, whatever offset they were stored with.</summary>
    private static DateTimeOffset DateOnlyAsUtc(string editorAlias, DateTimeOffset date) =>
        editorAlias == PropertyEditorAliases.DateOnly ? new DateTimeOffset(date.DateTime.Date, TimeSpan.Zero) : date;
}
