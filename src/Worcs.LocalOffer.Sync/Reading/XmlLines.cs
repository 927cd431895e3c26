using System.Xml;
using System.Xml.Linq;

namespace Worcs.LocalOffer.Sync.Reading;

internal static class XmlLines
{
    public static int? Of(XObject? node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
