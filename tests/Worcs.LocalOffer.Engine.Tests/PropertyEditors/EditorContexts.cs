using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

/// <summary>Builds editor contexts the way the engine does: a data type with its configuration parsed as JSON.</summary>
internal static class EditorContexts
{
    public static PropertyEditorContext For(
        IPropertyEditor editor,
        string configuration = "{}",
        string path = "properties.value",
        ValidationMode mode = ValidationMode.Save,
        IElementValidator? elements = null)
    {
        var dataType = new DataType
        {
            Key = Guid.NewGuid(),
            Name = editor.Alias,
            EditorAlias = editor.Alias,
            ConfigurationJson = configuration,
        };
        return new PropertyEditorContext(path, dataType, JsonNode.Parse(configuration)!.AsObject(), mode, elements ?? new RecordingElementValidator());
    }

    /// <summary>The single error in <paramref name="errors"/>; fails the test when there are none or several.</summary>
    public static ValidationError SingleError(IEnumerable<ValidationError> errors)
    {
        var list = errors.ToList();
        Assert.That(list, Has.Count.EqualTo(1), () => $"Expected one error but got: {string.Join(" | ", list)}");
        return list[0];
    }
}
