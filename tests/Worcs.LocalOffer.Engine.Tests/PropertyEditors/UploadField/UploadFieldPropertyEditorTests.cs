using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class UploadFieldPropertyEditorTests
{
    private const string PdfAndWord = """{"fileExtensions":[{"id":0,"value":"pdf"},{"id":1,"value":"docx"}]}""";

    private readonly UploadFieldPropertyEditor _editor = new();

    [Test]
    public void A_media_path_passes()
    {
        Assert.That(_editor.Validate("/media/abc123/capital-fund-2026.pdf", For(_editor)), Is.Empty);
    }

    [Test]
    public void A_configured_extension_passes_whatever_its_case()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate("/media/abc123/report.PDF", For(_editor, PdfAndWord)), Is.Empty);
            Assert.That(_editor.Validate("/media/abc123/report.docx", For(_editor, """{"fileExtensions":["pdf",".docx"]}""")), Is.Empty);
        }
    }

    [Test]
    public void An_extension_that_is_not_configured_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("/media/abc123/budget.xlsx", For(_editor, PdfAndWord, "properties.document")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.document"));
            Assert.That(error.Message, Is.EqualTo("Files of type '.xlsx' are not allowed here; expected one of: .pdf, .docx."));
        }
    }

    [TestCase("/media/abc123/setup.exe", "exe")]
    [TestCase("/media/abc123/page.html", "html")]
    [TestCase("/media/abc123/logo.svg", "svg")]
    [TestCase("/media/abc123/run.sh", "sh")]
    public void Executable_and_script_files_are_refused_even_when_configured(string path, string extension)
    {
        var configuration = $$"""{"fileExtensions":["{{extension}}"]}""";

        var error = SingleError(_editor.Validate(path, For(_editor, configuration, "properties.document")));

        Assert.That(error.Message, Is.EqualTo($"Files of type '.{extension}' cannot be uploaded because they could run code on the site or on visitors' computers."));
    }

    [TestCase("https://example.com/file.pdf")]
    [TestCase("media/abc123/file.pdf")]
    [TestCase("/uploads/file.pdf")]
    public void A_path_outside_media_is_refused(string path)
    {
        var error = SingleError(_editor.Validate(path, For(_editor, path: "properties.document")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.document"));
            Assert.That(error.Message, Does.Contain("is not an uploaded file: expected a path under /media/"));
        }
    }

    [TestCase("/media/../web.config", "is not a plain file path")]
    [TestCase("/media/abc/./file.pdf", "is not a plain file path")]
    [TestCase("/media/abc//file.pdf", "is not a plain file path")]
    [TestCase("/media/abc\\file.pdf", "is not a plain file path")]
    [TestCase("/media\\abc\\file.pdf", "is not an uploaded file")]
    public void A_path_that_could_escape_the_media_folder_is_refused(string path, string expected)
    {
        var error = SingleError(_editor.Validate(path, For(_editor, path: "properties.document")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.document"));
            Assert.That(error.Message, Does.Contain(expected));
        }
    }

    [Test]
    public void A_path_with_a_query_string_is_refused()
    {
        var error = SingleError(_editor.Validate("/media/abc/file.pdf?v=2", For(_editor)));

        Assert.That(error.Message, Does.Contain("contains a query string or anchor"));
    }

    [Test]
    public void A_file_without_an_extension_is_refused()
    {
        var error = SingleError(_editor.Validate("/media/abc/readme", For(_editor)));

        Assert.That(error.Message, Does.Contain("has no file extension"));
    }
}
