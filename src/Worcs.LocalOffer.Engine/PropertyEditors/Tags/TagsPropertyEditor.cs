using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.Tags: with <c>storageType</c> "Json" (the default) a JSON array such as <c>["autism","speech"]</c>,
/// with "Csv" comma-separated text such as <c>autism,speech</c>. The <c>group</c> setting does not affect the value.
/// </summary>
public sealed class TagsPropertyEditor : PropertyEditor
{
    // Umbraco keeps each tag in a 200-character column.
    private const int MaxTagLength = 200;

    public override string Alias => PropertyEditorAliases.Tags;

    public override bool IsEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (TryReadAny(value, out var tags) && tags.All(string.IsNullOrWhiteSpace));

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        var tags = new List<string>();
        if (IsCsv(context))
        {
            if (value!.TrimStart().StartsWith('['))
            {
                return [new ValidationError(context.Path, "The tags are a JSON array, but this data type stores tags as comma-separated text, like autism,speech.")];
            }

            tags.AddRange(value.Split(','));
        }
        else if (!TryReadJson(value!, tags, out var problem))
        {
            return [new ValidationError(context.Path, $"The tags {problem}; expected a JSON array of text, like [\"autism\",\"speech\"].")];
        }

        return tags.Select((tag, index) => CheckTag(tag, index, context)).OfType<ValidationError>().ToList();
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (!string.Equals(source.Alias, Alias, StringComparison.OrdinalIgnoreCase) && !ValueConversion.IsScalar(source))
        {
            return ValueConversion.Refuse($"{source.Alias} stores structured JSON, which cannot become tags.", out converted, out reason);
        }

        // Tags from either storage type, or a comma-separated text box, are written in this data type's storage type.
        if (!TryReadAny(value!, out var tags))
        {
            return ValueConversion.Accept(this, source, value!, context, out converted, out reason);
        }

        var cleaned = tags.Select(tag => tag.Trim()).Where(tag => tag.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var text = IsCsv(context)
            ? string.Join(',', cleaned)
            : JsonValues.Serialize(new JsonArray(cleaned.Select(tag => (JsonNode?)JsonValue.Create(tag)).ToArray()));
        return ValueConversion.Accept(this, source, text, context, out converted, out reason);
    }

    private static bool IsCsv(PropertyEditorContext context) =>
        string.Equals(JsonValues.GetString(context.Configuration, "storageType"), "Csv", StringComparison.OrdinalIgnoreCase);

    private static ValidationError? CheckTag(string tag, int index, PropertyEditorContext context)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"{context.Path}[{index}]");
        if (string.IsNullOrWhiteSpace(tag))
        {
            return new ValidationError(path, "The tag is blank; remove it or give it some text.");
        }

        return tag.Length > MaxTagLength
            ? new ValidationError(path, string.Create(CultureInfo.InvariantCulture, $"The tag {ValueText.Quote(tag)} is {tag.Length} characters long; at most {MaxTagLength} characters are allowed."))
            : null;
    }

    private static bool TryReadJson(string value, List<string> tags, out string? problem)
    {
        if (!JsonValues.TryParse(value, out var node, out problem))
        {
            return false;
        }

        if (node is not JsonArray array)
        {
            problem = $"are {JsonValues.Describe(node)}";
            return false;
        }

        foreach (var item in array)
        {
            if (item?.GetValueKind() != JsonValueKind.String)
            {
                problem = $"contain {JsonValues.Describe(item)} where text was expected";
                return false;
            }

            tags.Add(item.GetValue<string>());
        }

        return true;
    }

    private static bool TryReadAny(string value, out List<string> tags)
    {
        tags = [];
        if (!value.TrimStart().StartsWith('['))
        {
            tags.AddRange(value.Split(','));
            return true;
        }

        return TryReadJson(value, tags, out _);
    }
}
