using System.Collections.Frozen;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Shared steps for <see cref="IPropertyEditor.TryConvertFrom"/> overrides.</summary>
internal static class ValueConversion
{
    // Editors whose stored value is a single piece of text rather than JSON.
    private static readonly FrozenSet<string> ScalarAliases = new[]
    {
        PropertyEditorAliases.TextBox,
        PropertyEditorAliases.TextArea,
        PropertyEditorAliases.Integer,
        PropertyEditorAliases.Decimal,
        PropertyEditorAliases.TrueFalse,
        PropertyEditorAliases.DateTime,
        PropertyEditorAliases.ContentPicker,
        PropertyEditorAliases.UploadField,
        PropertyEditorAliases.Label,
        PropertyEditorAliases.RadioButtonList,
        PropertyEditorAliases.ColorPickerEyeDropper,
        PropertyEditorAliases.Slider,
        PropertyEditorAliases.EmailAddress,
        PropertyEditorAliases.MultipleTextstring,
        PropertyEditorAliases.MarkdownEditor,
        PropertyEditorAliases.PlainString,
        PropertyEditorAliases.PlainDecimal,
        PropertyEditorAliases.PlainInteger,
        PropertyEditorAliases.PlainDateTime,
        PropertyEditorAliases.PlainTime,
        PropertyEditorAliases.MultiNodeTreePicker,
        PropertyEditorAliases.UserPicker,
        PropertyEditorAliases.MemberPicker,
        PropertyEditorAliases.MemberGroupPicker,
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsScalar(IPropertyEditor editor) => ScalarAliases.Contains(editor.Alias);

    /// <summary>Nothing to convert: an empty value stays empty.</summary>
    public static bool Empty(out string? converted, out string? reason)
    {
        converted = null;
        reason = null;
        return true;
    }

    /// <summary>
    /// Keeps <paramref name="candidate"/>, converted from a non-empty value, when it is valid for <paramref name="target"/>
    /// and still holds something there.
    /// </summary>
    public static bool Accept(
        IPropertyEditor target,
        IPropertyEditor source,
        string candidate,
        PropertyEditorContext context,
        out string? converted,
        out string? reason)
    {
        // A value the new editor reads as empty would silently disappear, e.g. rich text JSON read as a block list.
        if (target.IsEmpty(candidate))
        {
            return Refuse($"the value stored by {source.Alias} means nothing to {target.Alias} and would be lost.", out converted, out reason);
        }

        var error = target.Validate(candidate, context).FirstOrDefault();
        if (error is null)
        {
            converted = candidate;
            reason = null;
            return true;
        }

        converted = null;
        reason = $"the value stored by {source.Alias} is not valid for {target.Alias}: {error.Message}";
        return false;
    }

    public static bool Refuse(string why, out string? converted, out string? reason)
    {
        converted = null;
        reason = why;
        return false;
    }
}
