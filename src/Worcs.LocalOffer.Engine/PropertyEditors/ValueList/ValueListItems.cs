using System.Text.Json;
using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>The <c>items</c> of a dropdown, radio button list or checkbox list, and the JSON arrays their choices are stored in.</summary>
internal static class ValueListItems
{
    /// <summary>The configured options in order. Umbraco 17 stores plain strings; older <c>{"value":…}</c> objects are read too.</summary>
    public static IReadOnlyList<string> Of(JsonObject configuration) =>
        [.. (JsonValues.GetArray(configuration, "items") ?? [])
            .Select(item => item is JsonObject option ? JsonValues.GetString(option, "value") : JsonValues.ToElementValue(item))
            .OfType<string>()];

    /// <summary>Checks that <paramref name="choice"/> is a configured option, exactly as spelled; null when it is.</summary>
    public static string? CheckChoice(string choice, IReadOnlyList<string> options) =>
        options.Contains(choice, StringComparer.Ordinal)
            ? null
            : options.Count == 0
                ? $"{ValueText.Quote(choice)} cannot be chosen: this data type has no items configured."
                : $"{ValueText.Quote(choice)} is not one of the items of this data type: {string.Join(", ", options.Select(ValueText.Quote))}.";

    /// <summary>Reads a stored JSON array of strings such as <c>["Coffee","Tea"]</c>; <paramref name="problem"/> says what is wrong otherwise.</summary>
    public static bool TryReadArray(string value, out List<string> choices, out string? problem)
    {
        choices = [];
        if (!JsonValues.TryParse(value, out var node, out problem))
        {
            return false;
        }

        if (node is not JsonArray array)
        {
            problem = $"is {JsonValues.Describe(node)}";
            return false;
        }

        foreach (var item in array)
        {
            if (item?.GetValueKind() != JsonValueKind.String)
            {
                problem = $"contains {JsonValues.Describe(item)} where text was expected";
                return false;
            }

            choices.Add(item.GetValue<string>());
        }

        return true;
    }

    /// <summary>The choices held by a value from another editor: a JSON array, JSON colour, newline-separated lines or one piece of text.</summary>
    public static List<string> FromAnyEditor(string value)
    {
        var text = value.Trim();
        if (text.StartsWith('[') && TryReadArray(text, out var choices, out _))
        {
            return [.. choices.Where(choice => choice.Length > 0)];
        }

        return [.. text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>Editors whose value is a list of texts that can become chosen items.</summary>
    public static bool IsTextList(IPropertyEditor editor) =>
        editor.Alias is PropertyEditorAliases.Tags or PropertyEditorAliases.MultipleTextstring;

    public static string WriteArray(IEnumerable<string> choices) =>
        JsonValues.Serialize(new JsonArray([.. choices.Select(choice => (JsonNode?)JsonValue.Create(choice))]));
}
