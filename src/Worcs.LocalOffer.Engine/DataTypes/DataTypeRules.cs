using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.DataTypes;

/// <summary>What a data type needs before it is saved: a unique name, an installed editor and a JSON object configuration that the editor accepts.</summary>
internal static class DataTypeRules
{
    public static List<ValidationError> Validate(DataType definition, IReadOnlyList<DataType> all, PropertyEditorCollection editors)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            errors.Add(new("name", "A name is required."));
        }
        else if (all.FirstOrDefault(other => other.Key != definition.Key && string.Equals(other.Name, definition.Name.Trim(), StringComparison.OrdinalIgnoreCase)) is { } clash)
        {
            errors.Add(new("name", $"The name '{definition.Name}' is already used by data type {clash.Key}."));
        }

        if (!editors.TryGet(definition.EditorAlias, out var editor))
        {
            errors.Add(new("editorAlias", $"The property editor '{definition.EditorAlias}' is not installed. Installed editors: {string.Join(", ", editors.Aliases.Order(StringComparer.Ordinal))}."));
        }

        if (Schema.Schema.TryParseConfiguration(definition.ConfigurationJson) is not { } configuration)
        {
            errors.Add(new("configuration", "The configuration must be a JSON object."));
        }
        else if (editor is IConfigurationValidator configured)
        {
            errors.AddRange(configured.ValidateConfiguration(configuration));
        }

        return errors;
    }
}
