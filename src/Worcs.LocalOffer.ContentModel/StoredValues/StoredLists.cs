using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.ContentModel.StoredValues;

/// <summary>The stored lists of the choice editors (dropdown, checkbox list) and of tags, read the same way everywhere.</summary>
public static class StoredLists
{
    /// <summary>The chosen items of a stored JSON array such as <c>["Tea","Coffee"]</c>; none when it is not one.</summary>
    public static IReadOnlyList<string> Chosen(string? value) =>
        StoredJson.TryParse(value, out var node) && node is JsonArray array ? Strings(array) : [];

    /// <summary>Tags, stored as a JSON array or as comma-separated text.</summary>
    public static IReadOnlyList<string> Tags(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        return value.TrimStart().StartsWith('[') && StoredJson.TryParse(value, out var node) && node is JsonArray array
            ? Strings(array)
            : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static string[] Strings(JsonArray array) => [.. array.Select(StoredJson.String).OfType<string>()];
}
