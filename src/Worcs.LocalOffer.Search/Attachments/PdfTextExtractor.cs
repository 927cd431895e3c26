using System.Text;
using UglyToad.PdfPig;

namespace Worcs.LocalOffer.Search.Attachments;

/// <summary>PDF text through PdfPig, word by word (a page's raw text can run words together). No OCR: scans give nothing.</summary>
public sealed class PdfTextExtractor : IAttachmentTextExtractor
{
    public IReadOnlyCollection<string> Extensions { get; } = ["pdf"];

    public string Extract(Stream stream, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(stream);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            text.AppendJoin(' ', page.GetWords().Select(word => word.Text)).Append('\n');
        }

        return text.ToString();
    }
}
