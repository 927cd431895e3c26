using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Defaults for editors: blank is empty, values are stored as given, and conversion keeps any value that is valid here.</summary>
public abstract class PropertyEditor : IPropertyEditor
{
    public abstract string Alias { get; }

    public virtual bool IsEmpty(string? value) => string.IsNullOrWhiteSpace(value);

    public abstract IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context);

    public virtual string? PrepareForStorage(string? value, PropertyEditorContext context) => value;

    public virtual bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        converted = null;
        reason = null;
        if (source.IsEmpty(value))
        {
            return true;
        }

        var errors = Validate(value, context).ToList();
        if (errors.Count == 0)
        {
            converted = value;
            return true;
        }

        reason = $"the value stored by {source.Alias} is not valid for {Alias}: {errors[0].Message}";
        return false;
    }
}
