using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Formats;

internal static class LanguageFormat
{
    public static SyncLanguage Read(XElement element)
    {
        var root = new ElementReader(element);
        var attributes = RootAttributes.Read(root);
        return new SyncLanguage
        {
            Key = attributes.Key,
            Alias = attributes.Alias,
            Level = attributes.Level,
            Name = root.RequiredText("Name"),
            IsoCode = root.RequiredText("IsoCode"),
            IsMandatory = root.Bool("IsMandatory"),
            IsDefault = root.Bool("IsDefault"),
            Fallback = root.Text("Fallback"),
            ExtraAttributes = root.ExtraAttributes(),
            ExtraElements = root.ExtraElements(),
        };
    }

    public static XElement ToXml(SyncLanguage item)
    {
        var root = XmlBuild.Root(item, item.Level);
        root.Add(
            XmlBuild.Text("Name", item.Name),
            XmlBuild.Text("IsoCode", item.IsoCode),
            XmlBuild.Bool("IsMandatory", item.IsMandatory),
            XmlBuild.Bool("IsDefault", item.IsDefault),
            item.Fallback is null ? null : XmlBuild.Text("Fallback", item.Fallback),
            XmlBuild.Copies(item.ExtraElements));
        return root;
    }
}
