using System.Text.Json;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Support;

internal static class JsonElementExtensions
{
    public static IReadOnlyList<string> PropertyNames(this JsonElement element) =>
        [.. element.EnumerateObject().Select(property => property.Name)];

    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    public static IReadOnlyList<string?> Strings(this IEnumerable<JsonElement> items, string property) =>
        [.. items.Select(item => item.GetProperty(property).GetString())];

    public static string? Str(this JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element.ValueKind == JsonValueKind.Null ? null : element.GetString();
    }
}
