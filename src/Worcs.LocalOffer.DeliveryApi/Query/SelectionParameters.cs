using Worcs.LocalOffer.DeliveryApi.Configuration;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Parses the <c>expand</c> and <c>fields</c> parameters every endpoint takes.</summary>
public static class SelectionParameters
{
    public static QueryError? TryParse(string? expand, string? fields, DeliveryApiExtensionSettings settings, out PropertySelection expandSelection, out PropertySelection fieldsSelection)
    {
        expandSelection = PropertySelection.None;
        fieldsSelection = PropertySelection.Everything;
        if (!string.IsNullOrEmpty(expand))
        {
            if (PropertySelectionParser.TryParse(expand, settings.MaxExpandDepth, out var parsed, out var error))
            {
                expandSelection = parsed;
            }
            else if (!settings.LenientQueryParsing)
            {
                return new QueryError("expand", "Invalid expand", $"expand='{expand}': {error}. Write properties[$all], properties[alias,other] or properties[alias[properties[nested]]]; at most {settings.MaxExpandDepth} levels.");
            }
        }

        if (!string.IsNullOrEmpty(fields))
        {
            // Fields may name as many levels as expand allows, plus the top level.
            if (PropertySelectionParser.TryParse(fields, settings.MaxExpandDepth + 1, out var parsed, out var error))
            {
                fieldsSelection = parsed;
            }
            else if (!settings.LenientQueryParsing)
            {
                return new QueryError("fields", "Invalid fields", $"fields='{fields}': {error}. Write properties[$all], properties[alias,other] or properties[alias[properties[nested]]].");
            }
        }

        return null;
    }
}
