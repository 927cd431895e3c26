using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace Worcs.LocalOffer.Search.Attachments;

/// <summary>PPTX text: each slide's text runs in slide order, then its notes.</summary>
public sealed class PresentationTextExtractor : IAttachmentTextExtractor
{
    public IReadOnlyCollection<string> Extensions { get; } = ["pptx"];

    public string Extract(Stream stream, CancellationToken cancellationToken)
    {
        using var document = PresentationDocument.Open(stream, isEditable: false);
        var presentation = document.PresentationPart;
        if (presentation is null)
        {
            return "";
        }

        var slideIds = presentation.Presentation?.SlideIdList?.Elements<DocumentFormat.OpenXml.Presentation.SlideId>() ?? [];
        var slides = slideIds.Select(slideId => slideId.RelationshipId?.Value is { } id ? presentation.GetPartById(id) as SlidePart : null)
            .OfType<SlidePart>();
        var text = new StringBuilder();
        foreach (var slide in slides)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AppendParagraphs(slide.Slide, text);
            AppendParagraphs(slide.NotesSlidePart?.NotesSlide, text);
        }

        return text.ToString();
    }

    private static void AppendParagraphs(DocumentFormat.OpenXml.OpenXmlElement? root, StringBuilder text)
    {
        foreach (var paragraph in root?.Descendants<Drawing.Paragraph>() ?? [])
        {
            text.AppendJoin("", paragraph.Descendants<Drawing.Text>().Select(run => run.Text)).Append('\n');
        }
    }
}
