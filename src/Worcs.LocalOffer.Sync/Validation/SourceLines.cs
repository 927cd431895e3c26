using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Reading;

namespace Worcs.LocalOffer.Sync.Validation;

/// <summary>Finds the line of the element a problem is about in a file's parsed XML.</summary>
internal static class SourceLines
{
    public static int? Root(SyncFile file) => XmlLines.Of(file.Source);

    /// <summary>The line of <c>path</c> (element names from the root), or of the nearest ancestor found.</summary>
    public static int? Of(SyncFile file, params string[] path)
    {
        var element = file.Source;
        foreach (var name in path)
        {
            var next = element.Element(name);
            if (next is null)
            {
                break;
            }

            element = next;
        }

        return XmlLines.Of(element);
    }

    public static int? OfProperty(SyncFile file, string alias, string child) =>
        XmlLines.Of(PropertyElement(file, alias)?.Element(child)) ?? Of(file, "GenericProperties");

    /// <summary>The line of the first child of <paramref name="container"/> matching the predicate.</summary>
    public static int? OfChild(SyncFile file, string[] container, Func<XElement, bool> match)
    {
        var parent = container.Aggregate((XElement?)file.Source, (element, name) => element?.Element(name));
        return XmlLines.Of(parent?.Elements().FirstOrDefault(match)) ?? Of(file, container);
    }

    private static XElement? PropertyElement(SyncFile file, string alias) =>
        file.Source.Element("GenericProperties")?.Elements("GenericProperty")
            .FirstOrDefault(property => property.Element("Alias")?.Value == alias);
}
