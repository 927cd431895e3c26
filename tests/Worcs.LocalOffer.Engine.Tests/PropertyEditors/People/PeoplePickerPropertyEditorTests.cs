using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class PeoplePickerPropertyEditorTests
{
    [TestCase("umb://member/2d3e0e5a9e2b4c6f8a1d2b3c4d5e6f73")]
    [TestCase("2d3e0e5a-9e2b-4c6f-8a1d-2b3c4d5e6f73")]
    [TestCase("1093")]
    public void A_member_picker_takes_a_member_udi_key_or_id(string value)
    {
        var editor = new MemberPickerPropertyEditor();

        Assert.That(editor.Validate(value, For(editor)), Is.Empty);
    }

    [Test]
    public void A_member_picker_refuses_a_document_and_text()
    {
        var editor = new MemberPickerPropertyEditor();

        var document = SingleError(editor.Validate("umb://document/4f1c0e5a9e2b4c6f8a1d2b3c4d5e6f70", For(editor, path: "properties.owner")));
        var text = SingleError(editor.Validate("Jo Bloggs", For(editor, path: "properties.owner")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Path, Is.EqualTo("properties.owner"));
            Assert.That(document.Message, Does.Contain("refers to a document, but this picker only accepts members"));
            Assert.That(text.Message, Does.StartWith("'Jo Bloggs' is not a member reference"));
        }
    }

    [Test]
    public void A_user_picker_takes_an_integer_id_and_refuses_anything_else()
    {
        var editor = new UserPickerPropertyEditor();

        var error = SingleError(editor.Validate("admin", For(editor, path: "properties.reviewer")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(editor.Validate("-1", For(editor)), Is.Empty);
            Assert.That(editor.PrepareForStorage("-1", For(editor)), Is.EqualTo("-1"));
            Assert.That(error.Message, Is.EqualTo("'admin' is not a user id: expected a whole number such as -1 or 1057."));
        }
    }

    [Test]
    public void A_member_group_picker_takes_comma_separated_ids_and_names_the_bad_one()
    {
        var editor = new MemberGroupPickerPropertyEditor();

        var error = SingleError(editor.Validate("1067,Parents", For(editor, path: "properties.audience")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(editor.Validate("1067,1068", For(editor)), Is.Empty);
            Assert.That(editor.IsEmpty(","), Is.True);
            Assert.That(error.Path, Is.EqualTo("properties.audience[1]"));
            Assert.That(error.Message, Does.StartWith("'Parents' is not a member group id"));
        }
    }

    [Test]
    public void A_single_member_tree_pick_converts_to_a_member_picker_value()
    {
        var editor = new MemberPickerPropertyEditor();
        const string Member = "umb://member/2d3e0e5a9e2b4c6f8a1d2b3c4d5e6f73";

        var converted = editor.TryConvertFrom(new MultiNodeTreePickerPropertyEditor(), Member, For(editor), out var value, out var reason);
        var refused = editor.TryConvertFrom(new MultiNodeTreePickerPropertyEditor(), $"{Member},{Member}", For(editor), out _, out var why);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo(Member));
            Assert.That(refused, Is.False);
            Assert.That(why, Does.Contain("is not valid for Umbraco.MemberPicker"));
        }
    }
}
