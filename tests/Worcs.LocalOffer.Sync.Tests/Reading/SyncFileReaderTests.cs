using System.Text;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Tests.Reading;

public sealed class SyncFileReaderTests
{
    private const string Path = "uSync/v17/ContentTypes/newsarticle.config";
    private readonly SyncFileReader _reader = new();

    [Test]
    public void Malformed_xml_is_reported_with_file_and_line()
    {
        var result = _reader.Read(Bytes("<ContentType Key=\"3f1c6a52-7d0e-4f7b-9a51-1f3b2c4d5e60\">\n  <Info>\n  </Inf>\n</ContentType>"), Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Problems.Single().ToString(), Does.StartWith($"{Path}:4: malformed XML: "));
        }
    }

    [Test]
    public void Missing_element_is_reported_with_the_line_of_its_parent()
    {
        var xml = """
            <DataType Key="0cc0eba1-9960-42c9-bf9b-60e150b429ae" Alias="Textstring" Level="1">
              <Info>
                <Name>Textstring</Name>
              </Info>
              <Config><![CDATA[{}]]></Config>
            </DataType>
            """;

        var result = _reader.Read(Bytes(xml), "uSync/v17/DataTypes/Textstring.config");

        Assert.That(
            result.Problems.Single().ToString(),
            Is.EqualTo("uSync/v17/DataTypes/Textstring.config:3: <EditorAlias> is missing in <Info>"));
    }

    [Test]
    public void Invalid_guid_is_reported_with_file_line_and_element()
    {
        var xml = SampleXml.WithProperty("<Definition>not-a-guid</Definition>");

        var result = _reader.Read(Bytes(xml), Path);

        Assert.That(result.Problems.Single().ToString(), Is.EqualTo($"{Path}:15: <Definition> is not a GUID: 'not-a-guid'"));
    }

    [Test]
    public void Missing_key_attribute_is_reported_on_the_root_line()
    {
        var result = _reader.Read(Bytes("<Empty Alias=\"x\" Change=\"Delete\" />"), "uSync/v17/DataTypes/x.config");

        Assert.That(result.Problems.Single().ToString(), Is.EqualTo("uSync/v17/DataTypes/x.config:2: <Empty> has no Key attribute"));
    }

    [Test]
    public void File_without_byte_order_mark_is_read_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes("<uSync version=\"17.3.8.0\" format=\"10.7.0\" />");

        var result = _reader.Read(bytes, "uSync/v17/usync.config");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.File?.Item, Is.TypeOf<SyncVersionMarker>());
            Assert.That(result.Problems.Single().Severity, Is.EqualTo(SyncSeverity.Warning));
        }
    }

    [Test]
    public void Unknown_elements_inside_a_supported_item_are_kept_and_written_back()
    {
        var xml = SampleXml.WithProperty("<Definition>0cc0eba1-9960-42c9-bf9b-60e150b429ae</Definition>", "<Future Flag=\"x\">\n        <Inner>1</Inner>\n      </Future>");

        var result = _reader.Read(Bytes(xml), Path);
        var property = ((SyncContentType)result.File!.Item).Properties.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(property.ExtraElements.Single().Name.LocalName, Is.EqualTo("Future"));
            Assert.That(Encoding.UTF8.GetString(new SyncFileWriter().Write(result.File)), Does.Contain("<Future Flag=\"x\">\n        <Inner>1</Inner>\n      </Future>\n    </GenericProperty>"));
        }
    }

    [Test]
    public void Empty_markers_are_read_with_their_change()
    {
        var result = _reader.Read(Corpus.Bytes("KinsenHub__KinsenSite/Content/loan.config"), "loan.config");

        var empty = (SyncEmpty)result.File!.Item;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(empty.Key, Is.EqualTo(Guid.Parse("d3e60123-345e-414c-95cf-660158484f8d")));
            Assert.That(empty.Alias, Is.EqualTo("loan"));
            Assert.That(empty.Change, Is.EqualTo(SyncChange.Rename));
            Assert.That(empty.Level, Is.EqualTo(2));
        }
    }

    [Test]
    public void Crlf_files_are_detected_so_they_are_written_back_with_crlf()
    {
        var result = _reader.Read(Corpus.Bytes("nul800sebastiaan__Cultiv.Site/DataTypes/Textstring.config"), "Textstring.config");

        Assert.That(result.File?.NewLine, Is.EqualTo(SyncNewLine.CrLf));
    }

    private static byte[] Bytes(string body) =>
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + body.ReplaceLineEndings("\n"))).ToArray();
}
