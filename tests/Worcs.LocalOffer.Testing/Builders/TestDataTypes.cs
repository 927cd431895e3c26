using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Testing.Builders;

/// <summary>A small set of data types most tests need, with fixed keys.</summary>
public static class TestDataTypes
{
    public static readonly DataType TextBox = Make("Textstring", PropertyEditorAliases.TextBox, "{\"maxChars\":200}");
    public static readonly DataType TextArea = Make("Textarea", PropertyEditorAliases.TextArea, "{}");
    public static readonly DataType Integer = Make("Numeric", PropertyEditorAliases.Integer, "{}");
    public static readonly DataType Decimal = Make("Amount in pounds", PropertyEditorAliases.Decimal, "{\"min\":0}");
    public static readonly DataType TrueFalse = Make("True/false", PropertyEditorAliases.TrueFalse, "{}");
    public static readonly DataType RichText = Make("Rich text", PropertyEditorAliases.RichText, "{}");

    public static IReadOnlyList<DataType> All => [TextBox, TextArea, Integer, Decimal, TrueFalse, RichText];

    public static DataType Make(string name, string editorAlias, string configuration) =>
        new() { Key = Guid.NewGuid(), Name = name, EditorAlias = editorAlias, ConfigurationJson = configuration };
}
