using Worcs.LocalOffer.DeliveryApi.Configuration;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>Parses the <c>expand</c> and <c>fields</c> parameters every endpoint takes.</summary>
public static class SelectionParameters
{
    /// <summary>
    /// How many selections may nest in <c>expand</c> or <c>fields</c>: a guard against stack exhaustion, not a policy.
    /// It is beyond what Umbraco itself can answer (its JSON serializer stops at a depth of 64, about 20 expansions).
    /// </summary>
    public const int MaxNesting = 32;

    public static QueryError? TryParse(string? expand, string? fields, DeliveryApiExtensionSettings settings, out PropertySelection expandSelection, out PropertySelection fieldsSelection)
    {
        expandSelection = PropertySelection.None;
        fieldsSelection = PropertySelection.Everything;
        if (!string.IsNullOrEmpty(expand))
        {
            if (PropertySelectionParser.TryParse(expand, MaxNesting, out var parsed, out var error))
            {
                expandSelection = parsed;
            }
            else if (!settings.LenientQueryParsing)
            {
                return new QueryError("expand", "Invalid expand", $"expand='{expand}': {error}. Write $all, properties[$all], properties[alias,other] or properties[alias[properties[nested]]]; at most {MaxNesting} levels.");
            }
        }

        if (!string.IsNullOrEmpty(fields))
        {
            if (PropertySelectionParser.TryParse(fields, MaxNesting, out var parsed, out var error))
            {
                fieldsSelection = parsed;
            }
            else if (!settings.LenientQueryParsing)
            {
                return new QueryError("fields", "Invalid fields", $"fields='{fields}': {error}. Write $all, properties[$all], properties[alias,other] or properties[alias[properties[nested]]]; at most {MaxNesting} levels.");
            }
        }

        return null;
    }
}
