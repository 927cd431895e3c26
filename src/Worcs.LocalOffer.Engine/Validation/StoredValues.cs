using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Engine.Validation;

/// <summary>Turns validated input values into what is stored: each editor prepares its value, and empty values are dropped.</summary>
internal static class StoredValues
{
    public static Dictionary<string, string?> Prepare(
        ContentValidator validator,
        IReadOnlyList<PropertyType> properties,
        IReadOnlyDictionary<string, string?> values,
        ValidationMode mode,
        string pathPrefix = "properties")
    {
        var stored = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in properties)
        {
            var value = values.GetValueOrDefault(property.Alias);
            var path = $"{pathPrefix}.{property.Alias}";
            if (validator.ContextFor(property, path, mode, out var editor, out _) is not { } context || editor!.IsEmpty(value))
            {
                continue;
            }

            stored[property.Alias] = editor.PrepareForStorage(value, context);
        }

        return stored;
    }
}
