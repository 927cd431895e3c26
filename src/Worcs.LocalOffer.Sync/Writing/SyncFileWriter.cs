using System.Text;
using System.Xml;
using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Formats;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Writing;

/// <summary>
/// Writes models as uSync does (<c>XElement</c> saved with default options): UTF-8 with a byte-order mark, the XML
/// declaration, two-space indentation, no final newline.
/// </summary>
public sealed class SyncFileWriter
{
    public byte[] Write(SyncFile file) => Write(file.Item, file.NewLine);

    public byte[] Write(SyncItem item, SyncNewLine newLine = SyncNewLine.Lf) => Save(ToXml(item), newLine);

    /// <summary>The item's root element, in uSync's element order and sorting.</summary>
    public XElement ToXml(SyncItem item) => SyncItemFormats.ToXml(item);

    private static byte[] Save(XElement root, SyncNewLine newLine)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = newLine == SyncNewLine.CrLf ? "\r\n" : "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            root.Save(writer);
        }

        return stream.ToArray();
    }
}
