using System.Xml;
using System.Xml.Linq;
using Worcs.LocalOffer.Sync.Formats;

namespace Worcs.LocalOffer.Sync.Reading;

/// <summary>Reads one uSync file's bytes into a model, reporting problems as <c>path:line: message</c>.</summary>
public sealed class SyncFileReader
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The path to name in problems and to keep on the result.</param>
    public SyncReadResult Read(ReadOnlySpan<byte> bytes, string path)
    {
        var problems = new List<SyncProblem>();
        if (!bytes.StartsWith(Bom))
        {
            problems.Add(new(SyncSeverity.Warning, path, 1, "no UTF-8 byte-order mark (uSync writes one)"));
        }

        XDocument document;
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException exception) when (exception.Message.Contains("DTD", StringComparison.Ordinal))
        {
            problems.Add(new(SyncSeverity.Error, path, LineOf(bytes, "<!DOCTYPE"u8), "a <!DOCTYPE> is not allowed: uSync never writes one, and its entities could expand or read other files"));
            return new SyncReadResult(null, problems);
        }
        catch (XmlException exception)
        {
            problems.Add(new(SyncSeverity.Error, path, exception.LineNumber, $"malformed XML: {exception.Message}"));
            return new SyncReadResult(null, problems);
        }

        var root = document.Root!;
        try
        {
            var item = SyncItemFormats.Read(root);
            return new SyncReadResult(new SyncFile(path, item, NewLineOf(bytes), root), problems);
        }
        catch (SyncFormatException exception)
        {
            problems.Add(new(SyncSeverity.Error, path, exception.Line, exception.Message));
            return new SyncReadResult(null, problems);
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> text)
    {
        var at = bytes.IndexOf(text);
        return at < 0 ? 1 : bytes[..at].Count((byte)'\n') + 1;
    }

    private static SyncNewLine NewLineOf(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf("\r\n"u8) >= 0 ? SyncNewLine.CrLf : SyncNewLine.Lf;
}
