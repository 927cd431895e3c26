using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Formats;

internal static class ContentTypeInfoFormat
{
    public static SyncContentTypeInfo Read(XElement element)
    {
        var info = new ElementReader(element);
        var result = new SyncContentTypeInfo
        {
            Name = info.RequiredText("Name"),
            Icon = info.Text("Icon"),
            Thumbnail = info.Text("Thumbnail"),
            Description = info.Text("Description"),
            AllowAtRoot = info.Bool("AllowAtRoot"),
            ListView = info.Optional("ListView") is { } listView ? XmlValues.Guid(listView, listView.Value) : Guid.Empty,
            Variations = info.Text("Variations") ?? "Nothing",
            IsElement = info.Bool("IsElement"),
            HistoryCleanup = info.Optional("HistoryCleanup") is { } cleanup ? ReadHistoryCleanup(cleanup) : null,
            Parent = info.Optional("Parent") is { } parent ? ReadReference(parent) : null,
            Folder = info.Text("Folder"),
            Compositions = ReadReferences(info.Optional("Compositions")) ?? [],
            DefaultTemplate = info.Optional("DefaultTemplate")?.Value,
            AllowedTemplates = ReadReferences(info.Optional("AllowedTemplates")),
        };
        return result with { ExtraElements = info.ExtraElements() };
    }

    public static XElement ToXml(SyncContentTypeInfo info) =>
        new(
            "Info",
            XmlBuild.Text("Name", info.Name),
            XmlBuild.Text("Icon", info.Icon),
            XmlBuild.Text("Thumbnail", info.Thumbnail),
            XmlBuild.Text("Description", info.Description),
            XmlBuild.PascalBool("AllowAtRoot", info.AllowAtRoot),
            XmlBuild.Guid("ListView", info.ListView),
            XmlBuild.Text("Variations", info.Variations),
            XmlBuild.Bool("IsElement", info.IsElement),
            info.HistoryCleanup is { } cleanup ? HistoryCleanupXml(cleanup) : null,
            info.Parent is { } parent ? XmlBuild.Reference("Parent", parent) : null,
            info.Folder is null ? null : XmlBuild.Text("Folder", info.Folder),
            new XElement("Compositions", References("Composition", info.Compositions)),
            info.DefaultTemplate is null ? null : XmlBuild.Text("DefaultTemplate", info.DefaultTemplate),
            info.AllowedTemplates is { } templates ? new XElement("AllowedTemplates", References("Template", templates)) : null,
            XmlBuild.Copies(info.ExtraElements));

    public static SyncReference ReadReference(XElement element) =>
        new(new ElementReader(element).GuidAttribute("Key"), element.Value);

    private static List<SyncReference>? ReadReferences(XElement? element) =>
        element?.Elements().Select(ReadReference).ToList();

    private static IEnumerable<XElement> References(string name, IEnumerable<SyncReference> references) =>
        SortOrder.ByName(references, reference => reference.Alias).Select(reference => XmlBuild.Reference(name, reference));

    private static SyncHistoryCleanup ReadHistoryCleanup(XElement element)
    {
        var cleanup = new ElementReader(element);
        return new SyncHistoryCleanup
        {
            PreventCleanup = cleanup.Bool("PreventCleanup"),
            KeepAllVersionsNewerThanDays = cleanup.NullableInt("KeepAllVersionsNewerThanDays"),
            KeepLatestVersionPerDayForDays = cleanup.NullableInt("KeepLatestVersionPerDayForDays"),
        };
    }

    private static XElement HistoryCleanupXml(SyncHistoryCleanup cleanup) =>
        new(
            "HistoryCleanup",
            XmlBuild.PascalBool("PreventCleanup", cleanup.PreventCleanup),
            XmlBuild.Text("KeepAllVersionsNewerThanDays", Days(cleanup.KeepAllVersionsNewerThanDays)),
            XmlBuild.Text("KeepLatestVersionPerDayForDays", Days(cleanup.KeepLatestVersionPerDayForDays)));

    private static string Days(int? days) => days is { } value ? XmlBuild.Number(value) : "";
}
