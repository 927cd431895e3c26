using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Reading;

internal static class ExtraXml
{
    /// <summary>
    /// Copies an element the model does not know, dropping the indentation text between child elements so the writer can
    /// indent it at its new depth. Text inside leaf elements is kept exactly.
    /// </summary>
    public static XElement Detach(XElement element)
    {
        var copy = new XElement(element);
        var formatting = copy.DescendantsAndSelf()
            .Where(e => e.HasElements)
            .SelectMany(e => e.Nodes().OfType<XText>())
            .Where(text => text is not XCData && string.IsNullOrWhiteSpace(text.Value))
            .ToList();
        formatting.ForEach(text => text.Remove());
        return copy;
    }
}
