using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>Time only, as Umbraco 17's converter gives it: the time of day of the stored date, <c>10:30:00</c>; null when empty.</summary>
internal sealed class TimeOnlyValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases => [PropertyEditorAliases.TimeOnly];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (StoredDates.TryRead(value, out var date))
        {
            JsonSerializer.Serialize(writer, TimeOnly.FromDateTime(date.DateTime));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
