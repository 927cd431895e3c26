using System.Globalization;
using System.Text;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

/// <summary>A media type that gets <c>umbracoBytes</c> through a composition has it filled from the file too.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class ComposedMediaFactsTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    private static readonly Guid FileSizeType = Guid.Parse("5e0c7d2a-8f1b-4a57-9d3e-2b6f4c1a9e70");
    private static readonly Guid Plan = Guid.Parse("da1139c4-748d-50d7-b41c-bca71693da94");
    private const string PlanFile = "Media/high-needs-commissioning-review-plan.config";
    private const string PdfTypeFile = "MediaTypes/pdfdocument.config";

    [SetUp]
    public void MoveBytesIntoAComposition()
    {
        var pdfType = File.ReadAllText(Path.Combine(Root, PdfTypeFile));
        var bytesStart = pdfType.LastIndexOf("<GenericProperty>", pdfType.IndexOf("<Alias>umbracoBytes</Alias>", StringComparison.Ordinal), StringComparison.Ordinal);
        var bytesEnd = pdfType.IndexOf("</GenericProperty>", bytesStart, StringComparison.Ordinal) + "</GenericProperty>".Length;
        var bytesProperty = pdfType[bytesStart..bytesEnd];
        Edit(PdfTypeFile, text => text.Remove(bytesStart, bytesEnd - bytesStart)
            .Replace("<Compositions />", $"<Compositions><Composition Key=\"{FileSizeType}\">fileSize</Composition></Compositions>", StringComparison.Ordinal));
        Write("MediaTypes/filesize.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <MediaType Key="{FileSizeType}" Alias="fileSize" Level="1">
              <Info>
                <Name>File size</Name>
                <Icon>icon-document</Icon>
                <Thumbnail>icon-document</Thumbnail>
                <Description></Description>
                <AllowAtRoot>False</AllowAtRoot>
                <ListView>00000000-0000-0000-0000-000000000000</ListView>
                <Variations>Nothing</Variations>
                <IsElement>false</IsElement>
                <Compositions />
              </Info>
              <GenericProperties>
                {bytesProperty.Replace("59cc0703-dcb7-5213-8a47-d65868dcbf85", "0b8e3c51-3f7a-4d0e-8a61-5c2e9d7f4b13", StringComparison.Ordinal)}
              </GenericProperties>
              <Structure />
              <Tabs>
                <Tab>
                  <Key>7a3f9e21-6c4d-4b8a-9e05-1d2c3b4a5f60</Key>
                  <Caption>File</Caption>
                  <Alias>file</Alias>
                  <Type>Group</Type>
                  <SortOrder>0</SortOrder>
                </Tab>
              </Tabs>
            </MediaType>
            """);
        Edit(PlanFile, text => text.Replace("<![CDATA[2496]]>", "<![CDATA[1]]>", StringComparison.Ordinal));
    }

    [Test]
    public async Task The_composed_umbracoBytes_is_filled_from_the_file()
    {
        var result = await ImportAsync(Options);

        var file = Path.Combine(Scratch, "uSync", "Files", "media", "d9026qbj", "high-needs-commissioning-review-plan.pdf");
        var values = (await Media.GetAsync(Plan))!.Draft.Values;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await ContentTypes.GetAllAsync()).Single(type => type.Alias == "pdfDocument").Properties.Select(property => property.Alias), Does.Not.Contain("umbracoBytes"));
            Assert.That(values.GetValueOrDefault("umbracoBytes"), Is.EqualTo(new FileInfo(file).Length.ToString(CultureInfo.InvariantCulture)));
            Assert.That(values.GetValueOrDefault("umbracoExtension"), Is.EqualTo("pdf"));
        }
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(Root, relative), text, new UTF8Encoding(true));
}
