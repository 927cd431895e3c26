using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Formats;

/// <summary>
/// Document types write <c>Info, Structure, GenericProperties, Tabs</c>; media types move <c>Structure</c> after the
/// properties.
/// </summary>
internal static class ContentTypeFormat
{
    public static SyncContentType Read(XElement element, ContentTypeKind kind)
    {
        var root = new ElementReader(element);
        var attributes = RootAttributes.Read(root);
        var info = ContentTypeInfoFormat.Read(root.Required("Info"));
        var structure = root.Optional("Structure")?.Elements().Select(ReadAllowedChild).ToList() ?? [];
        var properties = root.Optional("GenericProperties")?.Elements("GenericProperty")
            .Select(PropertyTypeFormat.Read).ToList() ?? [];
        var tabs = root.Optional("Tabs")?.Elements("Tab").Select(PropertyGroupFormat.Read).ToList() ?? [];
        return new SyncContentType
        {
            Kind = kind,
            Key = attributes.Key,
            Alias = attributes.Alias,
            Level = attributes.Level,
            Info = info,
            Structure = structure,
            Properties = properties,
            Tabs = tabs,
            ExtraAttributes = root.ExtraAttributes(),
            ExtraElements = root.ExtraElements(),
        };
    }

    public static XElement ToXml(SyncContentType item)
    {
        var structure = new XElement(
            "Structure",
            item.Structure.OrderBy(child => child.SortOrder).Select(child => new XElement(
                item.ElementName,
                new XAttribute("Key", XmlBuild.Key(child.Key)),
                new XAttribute("SortOrder", XmlBuild.Number(child.SortOrder)),
                child.Alias)));
        var properties = new XElement(
            "GenericProperties",
            SortOrder.ByName(item.Properties, property => property.Alias).Select(PropertyTypeFormat.ToXml));
        var tabs = new XElement(
            "Tabs",
            SortOrder.ByKey(item.Tabs, tab => tab.Key).Select(PropertyGroupFormat.ToXml));

        var root = XmlBuild.Root(item, item.Level);
        root.Add(ContentTypeInfoFormat.ToXml(item.Info));
        root.Add(item.Kind == ContentTypeKind.Media ? [properties, structure] : [structure, properties]);
        root.Add(tabs, XmlBuild.Copies(item.ExtraElements));
        return root;
    }

    private static SyncAllowedChild ReadAllowedChild(XElement element)
    {
        var child = new ElementReader(element);
        return new SyncAllowedChild(child.GuidAttribute("Key"), child.IntAttribute("SortOrder"), element.Value);
    }
}
