using System.Diagnostics.CodeAnalysis;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// Parses Umbraco's v2 selection syntax. A selection is a comma list of <c>properties[…]</c> and <c>$all</c>: inside
/// <c>properties[…]</c> a comma list of aliases or <c>$all</c>, each optionally followed by a nested <c>[selection]</c>.
/// <c>$all</c> standing for the selection itself selects every property, as <c>properties[$all]</c> does, and wins over
/// the rest, as in Umbraco (so <c>expand=$all</c> and <c>properties[author[$all]]</c> work).
/// </summary>
public static class PropertySelectionParser
{
    private const string Prefix = "properties[";
    private const string All = "$all";

    /// <param name="text">The parameter's value.</param>
    /// <param name="maxDepth">How many selections may nest, the outermost being 1.</param>
    /// <param name="selection">The parsed selection.</param>
    /// <param name="error">What was wrong and where.</param>
    public static bool TryParse(string text, int maxDepth, [NotNullWhen(true)] out PropertySelection? selection, [NotNullWhen(false)] out string? error)
    {
        var position = 0;
        selection = null;
        if (!TryParseSelection(text, ref position, 1, maxDepth, out var parsed, out error))
        {
            return false;
        }

        if (position != text.Length)
        {
            error = $"unexpected '{text[position]}' at position {position + 1}; expected ',' or the end";
            return false;
        }

        selection = parsed;
        return true;
    }

    private static bool TryParseSelection(string text, ref int position, int depth, int maxDepth, [NotNullWhen(true)] out PropertySelection? selection, [NotNullWhen(false)] out string? error)
    {
        selection = null;
        if (depth > maxDepth)
        {
            error = $"nesting deeper than {maxDepth} levels at position {position + 1}";
            return false;
        }

        var all = false;
        PropertySelection? allNested = null;
        var named = new Dictionary<string, PropertySelection>(StringComparer.OrdinalIgnoreCase);
        PropertySelection? selectionAll = null;
        while (true)
        {
            if (Follows(text, position, Prefix))
            {
                position += Prefix.Length;
                if (!TryParseProperties(text, ref position, depth, maxDepth, named, ref all, ref allNested, out error))
                {
                    return false;
                }
            }
            else if (Follows(text, position, All))
            {
                position += All.Length;
                if (!TryParseNested(text, ref position, All, depth, maxDepth, out var nested, out error))
                {
                    return false;
                }

                selectionAll = new PropertySelection(true, nested, new(StringComparer.OrdinalIgnoreCase));
            }
            else
            {
                error = $"expected 'properties[' or '$all' at position {position + 1}";
                return false;
            }

            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            selection = selectionAll ?? new PropertySelection(all, allNested, named);
            error = null;
            return true;
        }
    }

    private static bool TryParseProperties(
        string text,
        ref int position,
        int depth,
        int maxDepth,
        Dictionary<string, PropertySelection> named,
        ref bool all,
        ref PropertySelection? allNested,
        [NotNullWhen(false)] out string? error)
    {
        while (true)
        {
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '-' or '$'))
            {
                position++;
            }

            var alias = text[start..position];
            if (alias.Length == 0 || (alias.Contains('$', StringComparison.Ordinal) && alias != All))
            {
                error = alias.Length == 0
                    ? $"expected a property alias or $all at position {start + 1}"
                    : $"'{alias}' at position {start + 1} is not a property alias; only $all may start with '$'";
                return false;
            }

            if (!TryParseNested(text, ref position, alias, depth, maxDepth, out var nested, out error))
            {
                return false;
            }

            if (alias == All)
            {
                all = true;
                allNested = nested;
            }
            else
            {
                named[alias] = nested;
            }

            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            if (position < text.Length && text[position] == ']')
            {
                position++;
                return true;
            }

            error = position < text.Length
                ? $"unexpected '{text[position]}' at position {position + 1}; expected ',' or ']'"
                : "missing closing ']'";
            return false;
        }
    }

    /// <summary>An optional <c>[selection]</c> after an alias or <c>$all</c>; <see cref="PropertySelection.None"/> when absent.</summary>
    private static bool TryParseNested(string text, ref int position, string owner, int depth, int maxDepth, out PropertySelection nested, [NotNullWhen(false)] out string? error)
    {
        nested = PropertySelection.None;
        error = null;
        if (position >= text.Length || text[position] != '[')
        {
            return true;
        }

        position++;
        if (!TryParseSelection(text, ref position, depth + 1, maxDepth, out var inner, out error))
        {
            return false;
        }

        if (position >= text.Length || text[position] != ']')
        {
            error = $"expected ']' at position {position + 1} to close the nested selection of '{owner}'";
            return false;
        }

        position++;
        nested = inner;
        return true;
    }

    private static bool Follows(string text, int position, string expected) =>
        string.CompareOrdinal(text, position, expected, 0, expected.Length) == 0;
}
