using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Formats;

internal static class PropertyTypeFormat
{
    public static SyncPropertyType Read(XElement element)
    {
        var property = new ElementReader(element);
        var tab = property.Optional("Tab");
        var result = new SyncPropertyType
        {
            Key = property.RequiredGuid("Key"),
            Name = property.RequiredText("Name"),
            Alias = property.RequiredText("Alias"),
            Definition = property.RequiredGuid("Definition"),
            Type = property.Text("Type") ?? "",
            Mandatory = property.Bool("Mandatory"),
            Validation = property.Text("Validation"),
            Description = property.Text("Description") ?? "",
            SortOrder = property.Int("SortOrder"),
            TabAlias = tab?.Attribute("Alias")?.Value,
            TabName = tab?.Value ?? "",
            Variations = property.Text("Variations"),
            MandatoryMessage = property.Text("MandatoryMessage"),
            ValidationRegExpMessage = property.Text("ValidationRegExpMessage"),
            LabelOnTop = property.Bool("LabelOnTop"),
        };
        return result with { ExtraElements = property.ExtraElements() };
    }

    public static XElement ToXml(SyncPropertyType property) =>
        new(
            "GenericProperty",
            XmlBuild.Guid("Key", property.Key),
            XmlBuild.Text("Name", property.Name),
            XmlBuild.Text("Alias", property.Alias),
            XmlBuild.Guid("Definition", property.Definition),
            XmlBuild.Text("Type", property.Type),
            XmlBuild.Bool("Mandatory", property.Mandatory),
            XmlBuild.Text("Validation", property.Validation),
            XmlBuild.Cdata("Description", property.Description),
            XmlBuild.Int("SortOrder", property.SortOrder),
            new XElement("Tab", property.TabAlias is null ? null : new XAttribute("Alias", property.TabAlias), property.TabName),
            property.Variations is null ? null : XmlBuild.Text("Variations", property.Variations),
            XmlBuild.Text("MandatoryMessage", property.MandatoryMessage),
            XmlBuild.Text("ValidationRegExpMessage", property.ValidationRegExpMessage),
            XmlBuild.Bool("LabelOnTop", property.LabelOnTop),
            XmlBuild.Copies(property.ExtraElements));
}
