using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.EntityDataPicker: <c>{"ids":["…","…"]}</c>, ids of items from a backoffice data source extension named by the
/// configuration's <c>umbEditorDataSource</c>. The ids mean something only to that data source, so they are checked
/// for shape and count (<c>validationLimit</c> {min,max}; the minimum on publish) and kept as given.
/// </summary>
public sealed class EntityDataPickerPropertyEditor : PropertyEditor
{
    private const string Example = """{"ids":["…"]}""";

    public override string Alias => PropertyEditorAliases.EntityDataPicker;

    public override bool IsEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (JsonValues.TryParse(value, out var node, out _)
            && (JsonValues.IsNull(node) || (node is JsonObject json && (JsonValues.IsNull(json["ids"]) || json["ids"] is JsonArray { Count: 0 }))));

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (!JsonValues.TryParse(value!, out var node, out var parseError))
        {
            return [new ValidationError(context.Path, $"The entity selection {parseError}; expected JSON like {Example}.")];
        }

        if (node is not JsonObject json || json["ids"] is not JsonArray ids)
        {
            return [new ValidationError(context.Path, $"The entity selection is {Describe(node)}; expected a JSON object like {Example}.")];
        }

        var errors = new List<ValidationError>();
        for (var index = 0; index < ids.Count; index++)
        {
            if (!JsonValues.TryGetOptionalString(ids[index], out var id) || string.IsNullOrWhiteSpace(id))
            {
                errors.Add(new ValidationError(
                    string.Create(CultureInfo.InvariantCulture, $"{context.Path}.ids[{index}]"),
                    $"The id is {JsonValues.Describe(ids[index])}; expected the text id of an item from the data source."));
            }
        }

        var limits = JsonValues.GetObject(context.Configuration, "validationLimit");
        errors.AddRange(PickerLimits.Check(ids.Count, JsonValues.GetInt(limits, "min"), JsonValues.GetInt(limits, "max"), "item", context));
        return errors;
    }

    private static string Describe(JsonNode? node) =>
        node is JsonObject json ? $"an object whose 'ids' is {JsonValues.Describe(json["ids"])}" : JsonValues.Describe(node);
}
