using System.Text.Json;

namespace Worcs.LocalOffer.DeliveryApi.Rendering;

/// <summary>Writes a derived property's value: text as a string, numbers as a JSON number.</summary>
internal static class DerivedValueJson
{
    public static void Write(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            default:
                throw new InvalidOperationException($"A derived value must be text or a decimal number, not {value.GetType().Name}.");
        }
    }
}
