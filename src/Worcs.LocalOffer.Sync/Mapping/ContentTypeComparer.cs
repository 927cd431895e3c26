using Worcs.LocalOffer.Engine.ContentTypes;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>What differs between a stored type and the one a file maps to, and whether applying it loses stored values.</summary>
public static class ContentTypeComparer
{
    public static List<string> Differences(ContentType stored, ContentType mapped)
    {
        var details = new List<string>();
        Diff.Add(details, "kind", stored.Kind, mapped.Kind);
        Diff.AddText(details, "alias", stored.Alias, mapped.Alias);
        Diff.AddText(details, "name", stored.Name, mapped.Name);
        Diff.AddText(details, "icon", stored.Icon, mapped.Icon);
        Diff.AddText(details, "description", stored.Description, mapped.Description);
        Diff.Add(details, "allowedAtRoot", stored.AllowedAtRoot, mapped.AllowedAtRoot);
        Diff.Add(details, "isElement", stored.IsElement, mapped.IsElement);
        Diff.Add(details, "variations", stored.Variations, mapped.Variations);
        Diff.Add(details, "listView", stored.ListView, mapped.ListView);
        Diff.AddText(details, "allowedChildren", string.Join(",", stored.AllowedChildTypeKeys), string.Join(",", mapped.AllowedChildTypeKeys));
        Diff.AddText(details, "compositions", string.Join(",", stored.CompositionKeys), string.Join(",", mapped.CompositionKeys));
        var storedGroups = stored.Groups.ToDictionary(group => group.Key);
        foreach (var group in mapped.Groups)
        {
            if (!storedGroups.Remove(group.Key, out var old))
            {
                details.Add($"group '{group.Alias}' added");
                continue;
            }

            var prefix = $"group '{group.Alias}' ";
            Diff.AddText(details, prefix + "alias", old.Alias, group.Alias);
            Diff.AddText(details, prefix + "name", old.Name, group.Name);
            Diff.AddText(details, prefix + "type", old.Type, group.Type);
            Diff.Add(details, prefix + "sortOrder", old.SortOrder, group.SortOrder);
        }

        details.AddRange(storedGroups.Values.Select(group => $"group '{group.Alias}' removed"));
        var storedProperties = stored.Properties.ToDictionary(property => property.Key);
        foreach (var property in mapped.Properties)
        {
            if (!storedProperties.Remove(property.Key, out var old))
            {
                details.Add($"property '{property.Alias}' added");
                continue;
            }

            details.AddRange(PropertyDifferences(old, property));
        }

        details.AddRange(storedProperties.Values.Select(property => $"property '{property.Alias}' removed"));
        return details;
    }

    /// <summary>Changes that drop or convert stored values: removed properties, changed data types, removed compositions.</summary>
    public static List<string> DataLoss(ContentType stored, ContentType mapped)
    {
        var mappedProperties = mapped.Properties.ToDictionary(property => property.Key);
        var losses = new List<string>();
        foreach (var property in stored.Properties)
        {
            if (!mappedProperties.TryGetValue(property.Key, out var after))
            {
                losses.Add($"property '{property.Alias}' would be removed with its values");
            }
            else if (after.DataTypeKey != property.DataTypeKey)
            {
                losses.Add($"property '{property.Alias}' would change data type ({property.DataTypeKey} → {after.DataTypeKey}), converting its values");
            }
        }

        losses.AddRange(stored.CompositionKeys.Except(mapped.CompositionKeys)
            .Select(key => $"composition {key} would be removed with the values of its properties"));
        return losses;
    }

    private static List<string> PropertyDifferences(PropertyType old, PropertyType property)
    {
        var details = new List<string>();
        var prefix = $"property '{property.Alias}' ";
        Diff.AddText(details, prefix + "alias", old.Alias, property.Alias);
        Diff.AddText(details, prefix + "name", old.Name, property.Name);
        Diff.AddText(details, prefix + "description", old.Description, property.Description);
        Diff.Add(details, prefix + "dataType", old.DataTypeKey, property.DataTypeKey);
        Diff.AddText(details, prefix + "group", old.GroupAlias, property.GroupAlias);
        Diff.Add(details, prefix + "variations", old.Variations, property.Variations);
        Diff.Add(details, prefix + "mandatory", old.Mandatory, property.Mandatory);
        Diff.AddText(details, prefix + "mandatoryMessage", old.MandatoryMessage, property.MandatoryMessage);
        Diff.AddText(details, prefix + "validationRegex", old.ValidationRegex, property.ValidationRegex);
        Diff.AddText(details, prefix + "validationRegexMessage", old.ValidationRegexMessage, property.ValidationRegexMessage);
        Diff.Add(details, prefix + "sortOrder", old.SortOrder, property.SortOrder);
        return details;
    }
}
