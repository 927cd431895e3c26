using System.ComponentModel.DataAnnotations;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Umbraco.EmailAddress: one email address as text, checked as Umbraco checks it (one '@', not first or last).</summary>
public sealed class EmailAddressPropertyEditor : PropertyEditor
{
    private static readonly EmailAddressAttribute Rule = new();

    public override string Alias => PropertyEditorAliases.EmailAddress;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context) =>
        IsEmpty(value) || Rule.IsValid(value)
            ? []
            : [new ValidationError(context.Path, $"{ValueText.Quote(value!)} is not a valid email address: expected one address like sendiass@worcestershire.gov.uk.")];

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        return ValueConversion.IsScalar(source)
            ? ValueConversion.Accept(this, source, value!.Trim(), context, out converted, out reason)
            : ValueConversion.Refuse($"{source.Alias} stores structured JSON, which cannot become an email address.", out converted, out reason);
    }
}
