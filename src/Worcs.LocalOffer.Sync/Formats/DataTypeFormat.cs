using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Formats;

internal static class DataTypeFormat
{
    public static SyncDataType Read(XElement element)
    {
        var root = new ElementReader(element);
        var attributes = RootAttributes.Read(root);
        var info = new ElementReader(root.Required("Info"));
        return new SyncDataType
        {
            Key = attributes.Key,
            Alias = attributes.Alias,
            Level = attributes.Level,
            Name = info.RequiredText("Name"),
            EditorAlias = info.RequiredText("EditorAlias"),
            EditorUiAlias = info.Text("EditorUIAlias"),
            Folder = info.Text("Folder"),
            ExtraInfoElements = info.ExtraElements(),
            Config = root.Text("Config") ?? "",
            ExtraAttributes = root.ExtraAttributes(),
            ExtraElements = root.ExtraElements(),
        };
    }

    public static XElement ToXml(SyncDataType item)
    {
        var info = new XElement(
            "Info",
            XmlBuild.Text("Name", item.Name),
            XmlBuild.Text("EditorAlias", item.EditorAlias),
            item.EditorUiAlias is null ? null : XmlBuild.Text("EditorUIAlias", item.EditorUiAlias),
            item.Folder is null ? null : XmlBuild.Text("Folder", item.Folder),
            XmlBuild.Copies(item.ExtraInfoElements));
        var root = XmlBuild.Root(item, item.Level);
        root.Add(info, XmlBuild.Cdata("Config", item.Config), XmlBuild.Copies(item.ExtraElements));
        return root;
    }
}
