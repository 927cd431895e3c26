using Microsoft.Extensions.Logging.Abstractions;
using Worcs.LocalOffer.Search.Attachments;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>Text from the seed downloads in uSync/Files (PDF, DOCX, XLSX, PPTX), and what happens with unreadable files.</summary>
public sealed class AttachmentExtractionTests
{
    private static AttachmentTextReader Reader(long maxBytes = 10_000_000) =>
        new(
            new SearchSettings { MediaRoot = Path.Combine(Repository.USync, "Files", "media"), MaxAttachmentBytes = maxBytes },
            [new PdfTextExtractor(), new WordTextExtractor(), new SpreadsheetTextExtractor(), new PresentationTextExtractor()],
            NullLogger<AttachmentTextReader>.Instance);

    [TestCase("/media/gieungwj/special-provision-capital-fund-plan.pdf", "resource bases")]
    [TestCase("/media/d9qgagzi/special-provision-capital-fund-plan.docx", "resource bases")]
    [TestCase("/media/uvmmcqwl/special-provision-capital-fund-spreadsheet.xlsx", "Amount (GBP)")]
    [TestCase("/media/4rb0t5ox/send-roadshow-presentation-november-2018.pptx", "Free, impartial and confidential")]
    [TestCase("/media/d9026qbj/high-needs-commissioning-review-plan.pdf", "looked inwards")]
    public void Seed_download_text_is_extracted(string upload, string expected)
    {
        var text = Reader().Read(upload, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Problem, Is.Null);
            Assert.That(text.Text, Does.Contain(expected));
            Assert.That(text.FileName, Is.EqualTo(Path.GetFileName(upload)));
        }
    }

    [Test]
    public void File_over_the_size_limit_gives_no_text_and_says_why()
    {
        var text = Reader(maxBytes: 100).Read("/media/gieungwj/special-provision-capital-fund-plan.pdf", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Text, Is.Empty);
            Assert.That(text.Problem, Does.Contain("over the 100-byte limit"));
        }
    }

    [TestCase("/media/../../../etc/passwd.pdf")]
    [TestCase("/elsewhere/file.pdf")]
    public void Path_outside_the_media_root_is_refused(string upload)
    {
        var text = Reader().Read(upload, CancellationToken.None);

        Assert.That(text.Problem, Does.Contain("not a path under /media/"));
    }

    [Test]
    public void Missing_file_gives_no_text_and_says_why()
    {
        var text = Reader().Read("/media/nothere/gone.docx", CancellationToken.None);

        Assert.That(text.Problem, Does.Contain("does not exist"));
    }
}
