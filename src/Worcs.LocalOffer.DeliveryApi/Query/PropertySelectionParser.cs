using System.Diagnostics.CodeAnalysis;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// Parses Umbraco's v2 selection syntax: <c>properties[</c> a comma list of <c>$all</c> or aliases, each optionally followed
/// by a nested <c>[properties[…]]</c>, then <c>]</c>.
/// </summary>
public static class PropertySelectionParser
{
    private const string Prefix = "properties[";

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
            error = $"unexpected '{text[position]}' at position {position + 1}; expected the end after the closing ']'";
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

        if (string.CompareOrdinal(text, position, Prefix, 0, Prefix.Length) != 0)
        {
            error = $"expected 'properties[' at position {position + 1}";
            return false;
        }

        position += Prefix.Length;
        var all = false;
        PropertySelection? allNested = null;
        var named = new Dictionary<string, PropertySelection>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '-' or '$'))
            {
                position++;
            }

            var alias = text[start..position];
            if (alias.Length == 0 || (alias.Contains('$', StringComparison.Ordinal) && alias != "$all"))
            {
                error = alias.Length == 0
                    ? $"expected a property alias or $all at position {start + 1}"
                    : $"'{alias}' at position {start + 1} is not a property alias; only $all may start with '$'";
                return false;
            }

            PropertySelection nested = PropertySelection.None;
            if (position < text.Length && text[position] == '[')
            {
                position++;
                if (!TryParseSelection(text, ref position, depth + 1, maxDepth, out var inner, out error))
                {
                    return false;
                }

                if (position >= text.Length || text[position] != ']')
                {
                    error = $"expected ']' at position {position + 1} to close the nested selection of '{alias}'";
                    return false;
                }

                position++;
                nested = inner;
            }

            if (alias == "$all")
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
                selection = new PropertySelection(all, allNested, named);
                error = null;
                return true;
            }

            error = position < text.Length
                ? $"unexpected '{text[position]}' at position {position + 1}; expected ',' or ']'"
                : "missing closing ']'";
            return false;
        }
    }
}
