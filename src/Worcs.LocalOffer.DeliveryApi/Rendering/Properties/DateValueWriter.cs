using System.Globalization;
using System.Text.Json;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Rendering.Properties;

/// <summary>
/// The date editors, as Umbraco 17 delivers them: with time zone as an offset date-time (<c>2025-01-02T10:00:00+01:00</c>),
/// unspecified and the classic picker without an offset (<c>2025-01-02T10:00:00</c>), date only as <c>2025-01-02</c>.
/// </summary>
internal sealed class DateValueWriter : IPropertyValueWriter
{
    public IReadOnlyList<string> EditorAliases =>
        [PropertyEditorAliases.DateTimeWithTimeZone, PropertyEditorAliases.DateTimeUnspecified, PropertyEditorAliases.DateOnly, PropertyEditorAliases.DateTime];

    public void Write(Utf8JsonWriter writer, string? value, PropertyValueContext context)
    {
        if (!StoredDates.TryRead(value, out var date))
        {
            writer.WriteNullValue();
            return;
        }

        var editor = context.Property.EditorAlias;
        if (editor == PropertyEditorAliases.DateTimeWithTimeZone)
        {
            writer.WriteStringValue(date);
        }
        else if (editor == PropertyEditorAliases.DateOnly)
        {
            writer.WriteStringValue(date.DateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteStringValue(date.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        }
    }
}
