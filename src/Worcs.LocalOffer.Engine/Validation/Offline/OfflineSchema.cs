using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.Validation.Offline;

/// <summary>
/// Checks data types, types and node values against a schema held in memory with the same validators the services
/// run on save and publish, so that a file can be refused before anything is written. Error paths and messages are
/// the services' own.
/// </summary>
public sealed class OfflineSchema
{
    private readonly Dictionary<Guid, DataType> _dataTypes;
    private readonly Dictionary<Guid, ContentType> _types;
    private readonly ContentValidator _content;
    private readonly PropertyEditorCollection _editors;

    internal OfflineSchema(Dictionary<Guid, DataType> dataTypes, Dictionary<Guid, ContentType> types, ContentValidator content, PropertyEditorCollection editors)
    {
        _dataTypes = dataTypes;
        _types = types;
        _content = content;
        _editors = editors;
    }

    public ContentType? FindType(Guid key) => _types.GetValueOrDefault(key);

    public bool HasDataType(Guid key) => _dataTypes.ContainsKey(key);

    /// <summary>The type's properties (compositions included) whose data type is not here, so their values cannot be checked.</summary>
    public IEnumerable<string> UncheckableProperties(ContentType type) =>
        Schema.CompositionResolver.PropertiesOf(type, FindType).Where(property => !HasDataType(property.DataTypeKey)).Select(property => property.Alias);

    public ContentType? FindType(ContentTypeKind kind, string alias) =>
        _types.Values.FirstOrDefault(type => type.Kind == kind && string.Equals(type.Alias, alias, StringComparison.OrdinalIgnoreCase));

    /// <summary>The type's properties, compositions included.</summary>
    public IReadOnlyList<PropertyType> PropertiesOf(ContentType type) => [.. Schema.CompositionResolver.PropertiesOf(type, FindType)];

    /// <summary>The editor alias of each of the type's properties (compositions included), by property alias.</summary>
    public IReadOnlyDictionary<string, string> EditorAliasesOf(ContentType type) =>
        Schema.CompositionResolver.PropertiesOf(type, FindType)
            .Where(property => _dataTypes.ContainsKey(property.DataTypeKey))
            .ToDictionary(property => property.Alias, property => _dataTypes[property.DataTypeKey].EditorAlias, StringComparer.OrdinalIgnoreCase);

    /// <summary>What DataTypeService.SaveAsync would refuse about the definition.</summary>
    public IReadOnlyList<ValidationError> ValidateDataType(DataType definition) =>
        DataTypeRules.Validate(definition, [.. _dataTypes.Values], _editors);

    /// <summary>What ContentTypeService.SaveAsync would refuse about the type, given the other types here.</summary>
    public IReadOnlyList<ValidationError> ValidateContentType(ContentType type) =>
        ContentTypeValidator.Validate(type, _types, _dataTypes.Keys.ToHashSet());

    /// <summary>
    /// What creating a node of <paramref name="type"/> under a parent of <paramref name="parentType"/> (null with
    /// <paramref name="atRoot"/> when unknown) would refuse: its name, its place and its values, in
    /// <see cref="ValidationMode.Publish"/> when it is published (media always is).
    /// </summary>
    public IReadOnlyList<ValidationError> ValidateNode(ContentType type, string name, IReadOnlyDictionary<string, string?> values, ValidationMode mode, bool atRoot, string? parentName, ContentType? parentType, VariantScope scope = VariantScope.All)
    {
        var errors = NodeWriter.NameErrors(name);
        if (type.IsElement)
        {
            errors.Add(new ValidationError("contentType", $"There is no {type.Kind.ToString().ToLowerInvariant()} type with alias '{type.Alias}'."));
            return errors;
        }

        if (atRoot && TreeRules.RootError(type) is { } notAtRoot)
        {
            errors.Add(notAtRoot);
        }
        else if (!atRoot && parentType is not null && TreeRules.ChildError(type, parentName ?? "", parentType) is { } notAllowed)
        {
            errors.Add(notAllowed);
        }

        errors.AddRange(_content.Validate(type, values, "properties", mode, scope));
        return errors;
    }

    /// <summary>What saving (or publishing, in <see cref="ValidationMode.Publish"/>) one culture's values of a culture-variant node would refuse, with paths under <paramref name="pathPrefix"/>.</summary>
    public IReadOnlyList<ValidationError> ValidateCulture(ContentType type, string name, IReadOnlyDictionary<string, string?> values, ValidationMode mode, string pathPrefix)
    {
        var errors = NodeWriter.NameErrors(name).Select(error => error with { Path = $"{pathPrefix}.name" }).ToList();
        errors.AddRange(_content.Validate(type, values, $"{pathPrefix}.properties", mode, VariantScope.Culture));
        return errors;
    }
}
