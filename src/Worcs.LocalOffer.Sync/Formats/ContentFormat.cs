using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Formats;

internal static class ContentFormat
{
    public static SyncContent Read(XElement element, ContentKind kind)
    {
        var root = new ElementReader(element);
        var attributes = RootAttributes.Read(root);
        var info = ContentInfoFormat.Read(root.Required("Info"));
        var properties = root.Optional("Properties")?.Elements().Select(ReadProperty).ToList() ?? [];
        return new SyncContent
        {
            Kind = kind,
            Key = attributes.Key,
            Alias = attributes.Alias,
            Level = attributes.Level,
            Info = info,
            Properties = properties,
            ExtraAttributes = root.ExtraAttributes(),
            ExtraElements = root.ExtraElements(),
        };
    }

    public static XElement ToXml(SyncContent item)
    {
        var root = XmlBuild.Root(item, item.Level);
        root.Add(
            ContentInfoFormat.ToXml(item.Info),
            new XElement("Properties", SortOrder.ByName(item.Properties, p => p.Alias).Select(PropertyXml)),
            XmlBuild.Copies(item.ExtraElements));
        return root;
    }

    private static SyncProperty ReadProperty(XElement element)
    {
        var values = element.Elements().Select(value => new SyncPropertyValue(value.Value)
        {
            Culture = value.Attribute("Culture")?.Value,
            Segment = value.Attribute("Segment")?.Value,
        });
        return new SyncProperty(element.Name.LocalName, [.. values]);
    }

    private static XElement PropertyXml(SyncProperty property) =>
        new(
            property.Alias,
            SortOrder.ByName(property.Values, value => value.Culture).ThenBy(value => value.Segment ?? "", SortOrder.Names)
                .Select(value => new XElement(
                    "Value",
                    value.Culture is null ? null : new XAttribute("Culture", value.Culture),
                    value.Segment is null ? null : new XAttribute("Segment", value.Segment),
                    new XCData(value.Value))));
}
