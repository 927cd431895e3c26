using System.Globalization;
using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Reading;

/// <summary>Parses element and attribute text, failing with the line and the node's name.</summary>
internal static class XmlValues
{
    public static Guid Guid(XObject at, string text) =>
        System.Guid.TryParse(text, out var value) ? value : throw Invalid(at, "a GUID", text);

    public static bool Bool(XObject at, string text) =>
        bool.TryParse(text.Trim(), out var value) ? value : throw Invalid(at, "true or false", text);

    public static int Int(XObject at, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(at, "a whole number", text);

    public static int? NullableInt(XObject at, string text) => text.Length == 0 ? null : Int(at, text);

    public static DateTime Date(XObject at, string text) =>
        DateTime.TryParseExact(text, "s", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Invalid(at, "a date (yyyy-MM-ddTHH:mm:ss)", text);

    public static TEnum Enum<TEnum>(XObject at, string text)
        where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw Invalid(at, string.Join(", ", System.Enum.GetNames<TEnum>()), text);

    public static string Describe(XObject node) => node switch
    {
        XElement element => $"<{element.Name.LocalName}>",
        XAttribute attribute => $"<{attribute.Parent?.Name.LocalName}> attribute {attribute.Name.LocalName}",
        _ => node.NodeType.ToString(),
    };

    private static SyncFormatException Invalid(XObject at, string expected, string text) =>
        new(XmlLines.Of(at), $"{Describe(at)} is not {expected}: '{text}'");
}
