using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Formats;

internal static class PropertyGroupFormat
{
    public static SyncPropertyGroup Read(XElement element)
    {
        var tab = new ElementReader(element);
        var result = new SyncPropertyGroup
        {
            Key = tab.RequiredGuid("Key"),
            Caption = tab.RequiredText("Caption"),
            Alias = tab.RequiredText("Alias"),
            Type = tab.Text("Type") ?? "Group",
            SortOrder = tab.Int("SortOrder"),
        };
        return result with { ExtraElements = tab.ExtraElements() };
    }

    public static XElement ToXml(SyncPropertyGroup tab) =>
        new(
            "Tab",
            XmlBuild.Guid("Key", tab.Key),
            XmlBuild.Text("Caption", tab.Caption),
            XmlBuild.Text("Alias", tab.Alias),
            XmlBuild.Text("Type", tab.Type),
            XmlBuild.Int("SortOrder", tab.SortOrder),
            XmlBuild.Copies(tab.ExtraElements));
}
