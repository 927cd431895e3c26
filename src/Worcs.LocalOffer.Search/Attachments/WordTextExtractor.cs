using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Worcs.LocalOffer.Search.Attachments;

/// <summary>DOCX text: every paragraph of the body, tables included.</summary>
public sealed class WordTextExtractor : IAttachmentTextExtractor
{
    public IReadOnlyCollection<string> Extensions { get; } = ["docx"];

    public string Extract(Stream stream, CancellationToken cancellationToken)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            text.Append(paragraph.InnerText).Append('\n');
        }

        return text.ToString();
    }
}
