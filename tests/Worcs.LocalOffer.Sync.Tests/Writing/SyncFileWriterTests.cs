using System.Text;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Sync.Formats;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Tests.Writing;

public sealed class SyncFileWriterTests
{
    private readonly SyncFileWriter _writer = new();

    [Test]
    public void Data_type_built_in_code_is_written_as_uSync_writes_it()
    {
        var dataType = new SyncDataType
        {
            Key = Guid.Parse("0cc0eba1-9960-42c9-bf9b-60e150b429ae"),
            Alias = "Textstring",
            Name = "Textstring",
            EditorAlias = "Umbraco.TextBox",
            EditorUiAlias = "Umb.PropertyEditorUi.TextBox",
            Config = SyncJson.FormatConfig(new JsonObject { ["placeholder"] = "<Name> & 'Co'", ["maxChars"] = 500 }),
        };

        Assert.That(Text(_writer.Write(dataType)), Is.EqualTo(Expected("""
            <DataType Key="0cc0eba1-9960-42c9-bf9b-60e150b429ae" Alias="Textstring" Level="1">
              <Info>
                <Name>Textstring</Name>
                <EditorAlias>Umbraco.TextBox</EditorAlias>
                <EditorUIAlias>Umb.PropertyEditorUi.TextBox</EditorUIAlias>
              </Info>
              <Config><![CDATA[{
              "maxChars": 500,
              "placeholder": "\u003CName\u003E \u0026 \u0027Co\u0027"
            }]]></Config>
            </DataType>
            """)));
    }

    [Test]
    public void Content_type_built_in_code_is_written_in_uSync_order_with_properties_sorted_by_alias()
    {
        Assert.That(Text(_writer.Write(SampleModels.ServicePage())), Is.EqualTo(Expected(SampleModels.ServicePageXml)));
    }

    [Test]
    public void Content_built_in_code_is_written_with_properties_sorted_by_alias_and_values_in_CDATA()
    {
        Assert.That(Text(_writer.Write(SampleModels.SpeechTherapy())), Is.EqualTo(Expected(SampleModels.SpeechTherapyXml)));
    }

    [Test]
    public void Writing_the_same_model_twice_gives_the_same_bytes()
    {
        var first = _writer.Write(SampleModels.ServicePage());
        var second = _writer.Write(SampleModels.ServicePage());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Output_starts_with_a_byte_order_mark_and_has_no_final_newline()
    {
        var bytes = _writer.Write(SampleModels.SpeechTherapy());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(bytes[^1], Is.EqualTo((byte)'>'));
        }
    }

    [Test]
    public void CrLf_style_writes_every_newline_as_CrLf_including_inside_CDATA()
    {
        var text = Text(_writer.Write(SampleModels.SpeechTherapy(), SyncNewLine.CrLf));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Replace("\r\n", "", StringComparison.Ordinal), Does.Not.Contain("\n"));
            Assert.That(text, Does.Contain("[\r\n  {\r\n    \"key\""));
        }
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static string Expected(string body) =>
        "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + body.ReplaceLineEndings("\n");
}
