using System.Globalization;
using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Formats;

internal static class ContentInfoFormat
{
    public static SyncContentInfo Read(XElement element)
    {
        var info = new ElementReader(element);
        var trashed = info.Optional("Trashed");
        var createDate = info.Required("CreateDate");
        var nodeName = info.Required("NodeName");
        var result = new SyncContentInfo
        {
            Parent = info.Optional("Parent") is { } parent ? ContentTypeInfoFormat.ReadReference(parent) : new(Guid.Empty, ""),
            Path = info.Text("Path") ?? "",
            Trashed = trashed is not null && XmlValues.Bool(trashed, trashed.Value),
            TrashedParent = trashed?.Attribute("Parent") is { } restore ? XmlValues.Guid(restore, restore.Value) : null,
            ContentType = info.RequiredText("ContentType"),
            CreateDate = XmlValues.Date(createDate, createDate.Value),
            NodeName = new SyncNodeName(nodeName.Attribute("Default")?.Value ?? "")
            {
                Cultures = [.. nodeName.Elements("Name").Select(n => new SyncCultureValue(n.Attribute("Culture")?.Value ?? "", n.Value))],
            },
            SortOrder = info.Optional("SortOrder") is { } sortOrder ? XmlValues.Int(sortOrder, sortOrder.Value) : null,
            Published = info.Optional("Published") is { } published ? ReadPublished(published) : null,
            Schedule = info.Optional("Schedule")?.Elements().Select(ExtraXml.Detach).ToList(),
            Template = info.Optional("Template") is { } template ? ReadTemplate(template) : null,
        };
        return result with { ExtraElements = info.ExtraElements() };
    }

    public static XElement ToXml(SyncContentInfo info) =>
        new(
            "Info",
            XmlBuild.Reference("Parent", info.Parent),
            XmlBuild.Text("Path", info.Path),
            new XElement(
                "Trashed",
                info.TrashedParent is { } restore ? new XAttribute("Parent", XmlBuild.Key(restore)) : null,
                info.Trashed ? "true" : "false"),
            XmlBuild.Text("ContentType", info.ContentType),
            XmlBuild.Text("CreateDate", info.CreateDate.ToString("s", CultureInfo.InvariantCulture)),
            new XElement(
                "NodeName",
                new XAttribute("Default", info.NodeName.Default),
                SortOrder.ByName(info.NodeName.Cultures, c => c.Culture)
                    .Select(c => new XElement("Name", new XAttribute("Culture", c.Culture), c.Value))),
            info.SortOrder is { } sortOrder ? XmlBuild.Int("SortOrder", sortOrder) : null,
            info.Published is { } published ? PublishedXml(published) : null,
            info.Schedule is { } schedule ? new XElement("Schedule", XmlBuild.Copies(schedule)) : null,
            info.Template is { } template ? TemplateXml(template) : null,
            XmlBuild.Copies(info.ExtraElements));

    private static SyncPublished ReadPublished(XElement element) =>
        new(XmlValues.Bool(element, element.Attribute("Default")?.Value ?? "false"))
        {
            Cultures = [.. element.Elements("Published").Select(p =>
                new SyncCulturePublished(p.Attribute("Culture")?.Value ?? "", XmlValues.Bool(p, p.Value)))],
        };

    private static XElement PublishedXml(SyncPublished published) =>
        new(
            "Published",
            new XAttribute("Default", published.Default ? "true" : "false"),
            SortOrder.ByName(published.Cultures, c => c.Culture).Select(c =>
                new XElement("Published", new XAttribute("Culture", c.Culture), c.Published ? "true" : "false")));

    private static SyncTemplateRef ReadTemplate(XElement element) =>
        element.Attribute("Key") is { } key
            ? new SyncTemplateRef(XmlValues.Guid(key, key.Value), element.Value)
            : new SyncTemplateRef(null, element.IsEmpty ? null : element.Value);

    private static XElement TemplateXml(SyncTemplateRef template) =>
        new(
            "Template",
            template.Key is { } key ? new XAttribute("Key", XmlBuild.Key(key)) : null,
            template.Alias);
}
