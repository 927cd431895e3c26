using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Formats;

/// <summary><c>Empty</c> markers and the root <c>usync.config</c>: attribute-only elements.</summary>
internal static class MarkerFormat
{
    public static SyncEmpty ReadEmpty(XElement element)
    {
        var root = new ElementReader(element);
        var key = root.GuidAttribute("Key");
        var alias = root.RequiredAttribute("Alias");
        var changeText = root.RequiredAttribute("Change");
        var change = XmlValues.Enum<SyncChange>(element.Attribute("Change")!, changeText);
        int? level = element.Attribute("Level") is null ? null : root.IntAttribute("Level");
        return new SyncEmpty
        {
            Key = key,
            Alias = alias,
            Change = change,
            Level = level,
            ExtraAttributes = root.ExtraAttributes(),
            ExtraElements = root.ExtraElements(),
        };
    }

    public static XElement ToXml(SyncEmpty item) =>
        new(
            item.ElementName,
            new XAttribute("Key", XmlBuild.Key(item.Key)),
            new XAttribute("Alias", item.Alias),
            new XAttribute("Change", item.Change.ToString()),
            item.Level is { } level ? new XAttribute("Level", XmlBuild.Number(level)) : null,
            item.ExtraAttributes.Select(attribute => new XAttribute(attribute)),
            XmlBuild.Copies(item.ExtraElements));

    public static SyncVersionMarker ReadVersion(XElement element)
    {
        var root = new ElementReader(element);
        return new SyncVersionMarker
        {
            Version = root.RequiredAttribute("version"),
            Format = root.RequiredAttribute("format"),
            Hmac = root.Attribute("hmac"),
            ExtraAttributes = root.ExtraAttributes(),
            ExtraElements = root.ExtraElements(),
        };
    }

    public static XElement ToXml(SyncVersionMarker item) =>
        new(
            item.ElementName,
            new XAttribute("version", item.Version),
            new XAttribute("format", item.Format),
            item.Hmac is null ? null : new XAttribute("hmac", item.Hmac),
            item.ExtraAttributes.Select(attribute => new XAttribute(attribute)),
            XmlBuild.Copies(item.ExtraElements));
}
