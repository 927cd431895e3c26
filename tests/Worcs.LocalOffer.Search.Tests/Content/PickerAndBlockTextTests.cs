using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Search.Content;

namespace Worcs.LocalOffer.Search.Tests.Content;

public sealed class PickerAndBlockTextTests
{
    private const string Grid = """
        {"Layout":{"Umbraco.BlockGrid":[{"contentKey":"b0000000-0000-4000-8000-000000000001","settingsKey":"b0000000-0000-4000-8000-0000000000f5","columnSpan":12,"rowSpan":1,"areas":[]}]},
         "contentData":[{"contentTypeKey":"20000000-0000-4000-8000-000000000002","key":"b0000000-0000-4000-8000-000000000001",
                         "values":[{"editorAlias":"Umbraco.TextBox","culture":null,"segment":null,"alias":"words","value":"Portage home visiting"},
                                   {"editorAlias":"Umbraco.RichText","culture":null,"segment":null,"alias":"body","value":{"markup":"<p>For <b>under fives</b></p>","blocks":null}}]}],
         "settingsData":[{"contentTypeKey":"20000000-0000-4000-8000-000000000003","key":"b0000000-0000-4000-8000-0000000000f5",
                          "values":[{"editorAlias":"Umbraco.TextBox","culture":null,"segment":null,"alias":"tone","value":"Highlighted panel"}]}],
         "expose":[]}
        """;

    [TestCase(PropertyEditorAliases.BlockGrid)]
    [TestCase(PropertyEditorAliases.SingleBlock)]
    public void Block_grid_and_single_block_give_their_content_words_but_not_their_settings(string editor)
    {
        var text = PropertyTextReader.Read(editor, Grid.Replace("Umbraco.BlockGrid", editor, StringComparison.Ordinal));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Texts, Is.EqualTo(new[] { "Portage home visiting", "For under fives" }));
            Assert.That(string.Join(" ", text.Texts), Does.Not.Contain("Highlighted"));
        }
    }

    [Test]
    public void Tree_picked_media_are_linked_downloads_and_picked_documents_add_nothing()
    {
        var text = PropertyTextReader.Read(
            PropertyEditorAliases.MultiNodeTreePicker,
            "umb://media/dec7c8f2ee0353f989c960a715cf86c3,umb://document/4f1c0e5a9e2b4c6f8a1d2b3c4d5e6f70");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.MediaKeys, Is.EqualTo(new[] { Guid.Parse("dec7c8f2-ee03-53f9-89c9-60a715cf86c3") }));
            Assert.That(text.Texts, Is.Empty);
        }
    }

    [TestCase(PropertyEditorAliases.UserPicker, "-1")]
    [TestCase(PropertyEditorAliases.MemberPicker, "umb://member/2d3e0e5a9e2b4c6f8a1d2b3c4d5e6f73")]
    [TestCase(PropertyEditorAliases.MemberGroupPicker, "1067,1068")]
    [TestCase(PropertyEditorAliases.EntityDataPicker, """{"ids":["Worcester Sixth Form College"]}""")]
    public void People_and_entity_ids_give_search_nothing(string editor, string value)
    {
        var text = PropertyTextReader.Read(editor, value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Texts, Is.Empty);
            Assert.That(text.Tags, Is.Empty);
            Assert.That(text.MediaKeys, Is.Empty);
        }
    }
}
