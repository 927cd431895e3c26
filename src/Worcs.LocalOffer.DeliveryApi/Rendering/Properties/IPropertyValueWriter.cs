using System.Text.Json;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Writes one editor's stored value in its Umbraco Delivery API shape.</summary>
internal interface IPropertyValueWriter
{
    IReadOnlyList<string> EditorAliases { get; }

    /// <summary>Writes the value; <paramref name="value"/> is null or blank when the property is empty.</summary>
    void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context);
}
