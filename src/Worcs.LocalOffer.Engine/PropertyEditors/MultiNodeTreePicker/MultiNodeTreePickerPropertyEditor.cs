using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.MultiNodeTreePicker: comma-separated UDIs such as <c>umb://document/4f1c…,umb://document/9a2b…</c>, of
/// the entity type the configuration's <c>startNode.type</c> names (<c>content</c>, the default, <c>media</c> or
/// <c>member</c>). Configuration: <c>minNumber</c> (checked on publish) and <c>maxNumber</c> (0 for no limit). The
/// <c>filter</c> (allowed document types) is not checked here: editors have no access to the picked items.
/// </summary>
public sealed class MultiNodeTreePickerPropertyEditor : PropertyEditor, IConfigurationValidator
{
    public override string Alias => PropertyEditorAliases.MultiNodeTreePicker;

    public override bool IsEmpty(string? value) => CommaSeparated.Split(value).Length == 0;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        var parts = CommaSeparated.Split(value);
        if (parts.Length == 0)
        {
            return [];
        }

        var entityType = TreePickerStartNode.EntityType(context.Configuration);
        var errors = new List<ValidationError>();
        for (var index = 0; index < parts.Length; index++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{context.Path}[{index}]");
            if (!Udi.TryParse(parts[index], out var udi))
            {
                errors.Add(new ValidationError(itemPath, $"{ValueText.Quote(parts[index])} is not a valid reference: expected umb://{entityType}/ followed by 32 hexadecimal digits."));
            }
            else if (!string.Equals(udi.EntityType, entityType, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new ValidationError(itemPath, $"{ValueText.Quote(parts[index])} refers to a {udi.EntityType}, but this picker picks {entityType} items (umb://{entityType}/…)."));
            }
        }

        errors.AddRange(PickerLimits.Check(
            parts.Length,
            JsonValues.GetInt(context.Configuration, "minNumber"),
            JsonValues.GetInt(context.Configuration, "maxNumber"),
            "item",
            context));
        return errors;
    }

    /// <summary>The UDI entity type a data type's configuration picks: document, media or member.</summary>
    public static string PickedEntityType(string configurationJson) =>
        TreePickerStartNode.EntityType(Schema.Schema.ParseConfiguration(configurationJson));

    public IEnumerable<ValidationError> ValidateConfiguration(JsonObject configuration) =>
        TreePickerStartNode.Validate(configuration);

    /// <summary>
    /// A content picker's UDI is already a one-item tree picker value; a media picker's selections become media UDIs,
    /// as Umbraco's own media pickers stored them. Anything else is kept when it is valid here.
    /// </summary>
    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (string.Equals(source.Alias, PropertyEditorAliases.MediaPicker3, StringComparison.OrdinalIgnoreCase)
            && JsonValues.TryParse(value!, out var node, out _)
            && node is JsonArray selections)
        {
            var udis = selections.OfType<JsonObject>()
                .Select(selection => JsonValues.AsGuid(selection["mediaKey"]))
                .OfType<Guid>()
                .Select(mediaKey => new Udi(UdiEntityTypes.Media, mediaKey).ToString());
            return ValueConversion.Accept(this, source, string.Join(',', udis), context, out converted, out reason);
        }

        return ValueConversion.Accept(this, source, value!.Trim(), context, out converted, out reason);
    }
}
