using System.Globalization;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Rendering;
using Worcs.LocalOffer.DeliveryApi.Rendering.Properties;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Resolves filter and sort field names: Umbraco's built-in ones, then any property of a document (or media) type.</summary>
public static class QueryFields
{
    public static QueryField? Find(string name, ContentSnapshot snapshot, bool media)
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

        if (!media && name.Equals(ConsultationProperties.StatusAlias, StringComparison.OrdinalIgnoreCase))
        {
            return new QueryField(ConsultationProperties.StatusAlias, FieldKind.Text, (node, now) => node.Type.Alias == ConsultationProperties.TypeAlias
                ? [ConsultationProperties.StatusOf(node.GetValue, new RenderContext(snapshot, new RenderOptions(false, _ => true, 0), now))]
                : []);
        }

        if (!media && name.Equals(CapitalFundPlanProperties.TotalAlias, StringComparison.OrdinalIgnoreCase))
        {
            return new QueryField(CapitalFundPlanProperties.TotalAlias, FieldKind.Number, (node, _) => node.Type.Alias == CapitalFundPlanProperties.TypeAlias
                ? [CapitalFundPlanProperties.TotalOf(node.GetValue("allocations"))]
                : []);
        }

        return null;
    }

    private static QueryField? BuiltIn(string name, bool media) => name switch
    {
        "contentType" when !media => new QueryField(name, FieldKind.Text, (node, _) => [node.Type.Alias]),
        "mediaType" when media => new QueryField(name, FieldKind.Text, (node, _) => [node.Type.Alias]),
        "name" => new QueryField(name, FieldKind.Text, (node, _) => [node.Name]),
        "createDate" => new QueryField(name, FieldKind.Date, (node, _) => [new DateTimeOffset(node.CreateDate)]),
        "updateDate" => new QueryField(name, FieldKind.Date, (node, _) => [new DateTimeOffset(node.UpdateDate)]),
        "level" => new QueryField(name, FieldKind.Number, (node, _) => [(decimal)node.Level]),
        "sortOrder" => new QueryField(name, FieldKind.Number, (node, _) => [(decimal)node.SortOrder]),
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
            FieldKind.Number => NumberValueWriter.TryRead(stored, out var number) ? [number] : [],
            FieldKind.Date => StoredDates.TryRead(stored, out var date) ? [DateOnlyAsUtc(property.EditorAlias, date)] : [],
            FieldKind.Boolean => [TrueFalseValueWriter.IsTrue(stored)],
            FieldKind.List => [.. TagsValueWriter.Read(stored)],
            FieldKind.Text => ContentPickerValueWriter.TryReadKey(stored, out var key) && property.EditorAlias == PropertyEditorAliases.ContentPicker
                ? [key.ToString("D", CultureInfo.InvariantCulture)]
                : string.IsNullOrEmpty(stored) ? [] : [stored],
        };
    }

    /// <summary>Date-only values compare as midnight UTC of their day, whatever offset they were stored with.</summary>
    private static DateTimeOffset DateOnlyAsUtc(string editorAlias, DateTimeOffset date) =>
        editorAlias == PropertyEditorAliases.DateOnly ? new DateTimeOffset(date.DateTime.Date, TimeSpan.Zero) : date;
}
