namespace Worcs.LocalOffer.Engine.ContentTypes;

internal static class ContentTypeCopy
{
    /// <summary>
    /// Copies a definition onto a type. A group or property given without a key keeps the key of the
    /// <paramref name="existing"/> one with the same alias, so its values are kept; otherwise it gets a new key.
    /// </summary>
    public static void Apply(ContentType definition, ContentType target, ContentType? existing)
    {
        target.Key = definition.Key;
        target.Kind = definition.Kind;
        target.Alias = definition.Alias;
        target.Name = definition.Name;
        target.Icon = definition.Icon;
        target.Description = definition.Description;
        target.AllowedAtRoot = definition.AllowedAtRoot;
        target.IsElement = definition.IsElement;
        target.Variations = definition.Variations;
        target.ListView = definition.ListView;
        target.AllowedChildTypeKeys = [.. definition.AllowedChildTypeKeys.Distinct()];
        target.CompositionKeys = [.. definition.CompositionKeys.Distinct()];
        target.Groups = [.. definition.Groups.Select(group => new PropertyGroup
        {
            Key = KeyFor(group.Key, group.Alias, existing?.Groups.Select(old => (old.Alias, old.Key))),
            Alias = group.Alias,
            Name = group.Name,
            Type = group.Type,
            SortOrder = group.SortOrder,
        })];
        target.Properties = [.. definition.Properties.Select(property => new PropertyType
        {
            Key = KeyFor(property.Key, property.Alias, existing?.Properties.Select(old => (old.Alias, old.Key))),
            Alias = property.Alias,
            Name = property.Name,
            Description = property.Description,
            DataTypeKey = property.DataTypeKey,
            GroupAlias = property.GroupAlias,
            Variations = property.Variations,
            Mandatory = property.Mandatory,
            MandatoryMessage = property.MandatoryMessage,
            ValidationRegex = property.ValidationRegex,
            ValidationRegexMessage = property.ValidationRegexMessage,
            SortOrder = property.SortOrder,
        })];
    }

    private static Guid KeyFor(Guid given, string alias, IEnumerable<(string Alias, Guid Key)>? existing)
    {
        if (given != Guid.Empty)
        {
            return given;
        }

        var match = existing?.FirstOrDefault(old => string.Equals(old.Alias, alias, StringComparison.OrdinalIgnoreCase)).Key;
        return match is { } key && key != Guid.Empty ? key : Guid.NewGuid();
    }
}
