using System.Text.RegularExpressions;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.ContentTypes;

/// <summary>Checks a type definition against the rest of the schema before it is saved.</summary>
internal static class ContentTypeValidator
{
    public static List<ValidationError> Validate(ContentType type, IReadOnlyDictionary<Guid, ContentType> others, ISet<Guid> dataTypeKeys)
    {
        var errors = new List<ValidationError>();
        if (!Aliases.IsValid(type.Alias))
        {
            errors.Add(new("alias", $"'{type.Alias}' is not a valid alias: start with a letter and use only letters, digits and underscores."));
        }
        else if (others.Values.FirstOrDefault(other => other.Key != type.Key && other.Kind == type.Kind && string.Equals(other.Alias, type.Alias, StringComparison.OrdinalIgnoreCase)) is { } clash)
        {
            errors.Add(new("alias", $"The alias '{type.Alias}' is already used by '{clash.Name}' ({clash.Key})."));
        }

        if (string.IsNullOrWhiteSpace(type.Name))
        {
            errors.Add(new("name", "A name is required."));
        }

        errors.AddRange(VariationRules.Check(type));
        if (type.ListView is { } listView && !dataTypeKeys.Contains(listView))
        {
            errors.Add(new("listView", $"The list view data type {listView} does not exist."));
        }

        errors.AddRange(CheckReferences(type, others));
        errors.AddRange(CheckProperties(type, others, dataTypeKeys));
        return errors;
    }

    private static IEnumerable<ValidationError> CheckReferences(ContentType type, IReadOnlyDictionary<Guid, ContentType> others)
    {
        foreach (var childKey in type.AllowedChildTypeKeys.Where(key => key != type.Key))
        {
            if (!others.TryGetValue(childKey, out var child))
            {
                yield return new("allowedChildTypes", $"The allowed child type {childKey} does not exist.");
            }
            else if (child.IsElement || child.Kind != type.Kind)
            {
                yield return new("allowedChildTypes", $"'{child.Alias}' cannot be a child of '{type.Alias}': it is an element type or a different kind of type.");
            }
        }

        foreach (var compositionKey in type.CompositionKeys)
        {
            if (!others.TryGetValue(compositionKey, out var composition))
            {
                yield return new("compositions", $"The composition {compositionKey} does not exist.");
            }
            else if (composition.Kind != type.Kind)
            {
                yield return new("compositions", $"'{composition.Alias}' is a {composition.Kind} type and cannot be composed into a {type.Kind} type.");
            }
            else if (compositionKey == type.Key || Schema.CompositionResolver.Composes(composition, type.Key, others.GetValueOrDefault))
            {
                yield return new("compositions", $"Composing '{composition.Alias}' into '{type.Alias}' would make a cycle.");
            }
        }
    }

    private static IEnumerable<ValidationError> CheckProperties(ContentType type, IReadOnlyDictionary<Guid, ContentType> others, ISet<Guid> dataTypeKeys)
    {
        var inherited = type.CompositionKeys
            .Where(others.ContainsKey)
            .SelectMany(key => Schema.CompositionResolver.PropertiesOf(others[key], k => others.GetValueOrDefault(k)))
            .Select(property => property.Alias)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = type.Groups.Select(group => group.Alias)
            .Concat(type.CompositionKeys.Where(others.ContainsKey).SelectMany(key => others[key].Groups.Select(group => group.Alias)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.Properties)
        {
            var path = $"properties.{property.Alias}";
            if (!Aliases.IsValid(property.Alias))
            {
                yield return new(path, $"'{property.Alias}' is not a valid property alias.");
            }
            else if (!seen.Add(property.Alias) || inherited.Contains(property.Alias))
            {
                yield return new(path, $"The property alias '{property.Alias}' is used more than once on '{type.Alias}' or its compositions.");
            }

            if (!dataTypeKeys.Contains(property.DataTypeKey))
            {
                yield return new(path, $"The data type {property.DataTypeKey} does not exist.");
            }

            if (property.GroupAlias is { } group && !groups.Contains(group))
            {
                yield return new(path, $"The group '{group}' does not exist on '{type.Alias}'.");
            }

            if (!string.IsNullOrEmpty(property.ValidationRegex) && !IsValidRegex(property.ValidationRegex))
            {
                yield return new(path, $"The validation pattern '{property.ValidationRegex}' is not a valid regular expression.");
            }
        }
    }

    private static bool IsValidRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
