using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.Search.Tests.Support;

/// <summary>Keys from the seed content and helpers that add documents and downloads through the engine.</summary>
internal static class SeedContent
{
    public static readonly Guid NewsIndexKey = Guid.Parse("a9feef4c-73db-5462-ad67-2f27b044e7a1");
    public static readonly Guid AutismActKey = Guid.Parse("832976a6-d356-5d96-8c40-77a4b5abdfbc");
    public static readonly Guid DownloadsFolderKey = Guid.Parse("18c88806-80f4-5ed8-841f-1ed593d1025e");

    public static Dictionary<string, string?> NewsArticle(string title, string body, Guid? downloadKey = null) => new()
    {
        ["title"] = title,
        ["summary"] = "A test article about " + title + ".",
        ["body"] = "{\"markup\":\"<p>" + body + "</p>\",\"blocks\":null}",
        ["publishDate"] = "{\"date\":\"2020-06-01T00:00:00+00:00\",\"timeZone\":null}",
        ["relatedDownloads"] = downloadKey is { } key
            ? "[{\"key\":\"" + Guid.NewGuid() + "\",\"mediaKey\":\"" + key + "\",\"mediaTypeAlias\":\"wordDocument\",\"crops\":[],\"focalPoint\":null}]"
            : null,
    };

    /// <summary>Writes a DOCX holding <paramref name="text"/> under the media root and returns its upload value.</summary>
    public static string WriteDocx(string mediaRoot, string fileName, string text)
    {
        var folder = Guid.NewGuid().ToString("N")[..8];
        var path = Path.Combine(mediaRoot, folder, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text(text)))));
        }

        return $"/media/{folder}/{fileName}";
    }

    /// <summary>Writes arbitrary bytes as a download and returns its upload value.</summary>
    public static string WriteFile(string mediaRoot, string fileName, byte[] bytes)
    {
        var folder = Guid.NewGuid().ToString("N")[..8];
        var path = Path.Combine(mediaRoot, folder, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return $"/media/{folder}/{fileName}";
    }

    public static NodeCreateRequest Download(string mediaTypeAlias, string name, string uploadValue) =>
        new(mediaTypeAlias, name, DownloadsFolderKey, new Dictionary<string, string?> { ["umbracoFile"] = uploadValue });
}
