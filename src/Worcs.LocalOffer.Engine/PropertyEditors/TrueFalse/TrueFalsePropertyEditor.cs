using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.TrueFalse: stored as "1" or "0"; "true" and "false" (any case) are accepted too and kept as given,
/// so values imported from uSync round-trip unchanged.
/// </summary>
public sealed class TrueFalsePropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.TrueFalse;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value) || TryRead(value!, out _))
        {
            return [];
        }

        return [new ValidationError(context.Path, $"{ValueText.Quote(value!)} is not a true/false value: expected \"1\" or \"0\" (or \"true\" or \"false\").")];
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (TryRead(value!.Trim(), out var flag))
        {
            converted = flag ? "1" : "0";
            reason = null;
            return true;
        }

        return ValueConversion.Refuse(
            $"the value stored by {source.Alias}, {ValueText.Quote(value)}, is not a true/false value: expected \"1\", \"0\", \"true\" or \"false\".",
            out converted,
            out reason);
    }

    private static bool TryRead(string value, out bool flag)
    {
        flag = value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase);
        return flag || value == "0" || value.Equals("false", StringComparison.OrdinalIgnoreCase);
    }
}
