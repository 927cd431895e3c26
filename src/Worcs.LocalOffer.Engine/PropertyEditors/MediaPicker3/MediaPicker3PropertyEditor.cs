using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.MediaPicker3: a JSON array of <c>{"key","mediaKey","mediaTypeAlias","crops","focalPoint"}</c> entries.
/// Configuration: <c>multiple</c>, <c>validationLimit</c> {min,max}. The <c>filter</c> (allowed media types) is not
/// checked because media types are not known to the engine.
/// </summary>
public sealed class MediaPicker3PropertyEditor : PropertyEditor
{
    private const string Example = """[{"key":"…","mediaKey":"…","mediaTypeAlias":"","crops":[],"focalPoint":null}]""";

    public override string Alias => PropertyEditorAliases.MediaPicker3;

    public override bool IsEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (JsonValues.TryParse(value, out var node, out _) && (JsonValues.IsNull(node) || node is JsonArray { Count: 0 }));

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (LegacyMediaUdis.TryRead(value, out var legacyKeys))
        {
            return CheckCount(legacyKeys.Count, context);
        }

        if (!JsonValues.TryParse(value!, out var node, out var parseError))
        {
            return [new ValidationError(context.Path, $"The media selection {parseError}; expected a JSON array like {Example} (or legacy media UDIs separated by commas).")];
        }

        if (node is not JsonArray items)
        {
            return [new ValidationError(context.Path, $"The media selection is {JsonValues.Describe(node)}; expected a JSON array like {Example}.")];
        }

        var errors = new List<ValidationError>();
        for (var index = 0; index < items.Count; index++)
        {
            errors.AddRange(CheckItem(items[index], string.Create(CultureInfo.InvariantCulture, $"{context.Path}[{index}]")));
        }

        errors.AddRange(CheckCount(items.Count, context));
        return errors;
    }

    private static IEnumerable<ValidationError> CheckCount(int count, PropertyEditorContext context)
    {
        var limits = JsonValues.GetObject(context.Configuration, "validationLimit");
        var max = JsonValues.GetBool(context.Configuration, "multiple", fallback: false) ? JsonValues.GetInt(limits, "max") : 1;
        return PickerLimits.Check(count, JsonValues.GetInt(limits, "min"), max, "media item", context);
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        // The legacy media picker stored comma-separated media UDIs.
        LegacyMediaUdis.TryRead(value, out var mediaKeys);
        if (mediaKeys.Count > 0)
        {
            var items = mediaKeys.Select(mediaKey => (JsonNode)new JsonObject
            {
                ["key"] = Guid.NewGuid().ToString(),
                ["mediaKey"] = mediaKey.ToString(),
                ["mediaTypeAlias"] = "",
                ["crops"] = new JsonArray(),
                ["focalPoint"] = null,
            });
            return ValueConversion.Accept(this, source, JsonValues.Serialize(new JsonArray([.. items])), context, out converted, out reason);
        }

        return ValueConversion.Accept(this, source, value!, context, out converted, out reason);
    }

    private static IEnumerable<ValidationError> CheckItem(JsonNode? item, string path)
    {
        if (item is not JsonObject entry)
        {
            yield return new ValidationError(path, $"The media item is {JsonValues.Describe(item)}; expected an object with a mediaKey.");
            yield break;
        }

        if (JsonValues.AsGuid(entry["mediaKey"]) is null)
        {
            yield return new ValidationError($"{path}.mediaKey", $"The mediaKey is {Describe(entry["mediaKey"])}; expected the GUID of a media item.");
        }

        if (!JsonValues.IsNull(entry["key"]) && JsonValues.AsGuid(entry["key"]) is null)
        {
            yield return new ValidationError($"{path}.key", $"The key is {Describe(entry["key"])}; expected a GUID identifying this selection.");
        }

        if (!JsonValues.TryGetOptionalString(entry["mediaTypeAlias"], out _))
        {
            yield return new ValidationError($"{path}.mediaTypeAlias", $"The mediaTypeAlias is {JsonValues.Describe(entry["mediaTypeAlias"])}; expected text.");
        }

        if (!JsonValues.IsNull(entry["crops"]) && entry["crops"] is not JsonArray)
        {
            yield return new ValidationError($"{path}.crops", $"The crops are {JsonValues.Describe(entry["crops"])}; expected an array.");
        }

        if (CheckFocalPoint(entry["focalPoint"]) is { } focalPointProblem)
        {
            yield return new ValidationError($"{path}.focalPoint", focalPointProblem);
        }
    }

    private static string? CheckFocalPoint(JsonNode? node)
    {
        if (JsonValues.IsNull(node))
        {
            return null;
        }

        return node is JsonObject point
            && JsonValues.AsDecimal(point["left"]) is >= 0 and <= 1
            && JsonValues.AsDecimal(point["top"]) is >= 0 and <= 1
            ? null
            : "The focal point must be null or {\"left\":…,\"top\":…} with both numbers between 0 and 1.";
    }

    private static string Describe(JsonNode? node) =>
        JsonValues.TryGetOptionalString(node, out var text) && text is not null ? ValueText.Quote(text) : JsonValues.Describe(node);
}
