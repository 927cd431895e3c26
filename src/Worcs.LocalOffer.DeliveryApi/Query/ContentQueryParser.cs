using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Configuration;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// Parses <c>fetch</c>, <c>filter</c>, <c>sort</c>, <c>skip</c> and <c>take</c>. Unknown fetch, filter or sort options are
/// refused as Umbraco refuses them; malformed values are refused too unless lenient parsing is switched on, in which
/// case they match nothing (filters), sort descending (sorts) or are capped (take), as Umbraco does.
/// </summary>
public static partial class ContentQueryParser
{
    public const int DefaultTake = 10;

    public static QueryError? TryParse(
        string? fetch,
        StringValues filters,
        StringValues sorts,
        string? skip,
        string? take,
        ContentSnapshot snapshot,
        bool media,
        DeliveryApiExtensionSettings settings,
        out ContentQuery? query)
    {
        query = null;
        var lenient = settings.LenientQueryParsing;
        var (selector, fetchError) = ParseFetch(fetch, lenient);
        if (fetchError is not null)
        {
            return fetchError;
        }

        var filterClauses = new List<FilterClause>();
        foreach (var filter in filters.Where(text => !string.IsNullOrEmpty(text)))
        {
            var error = ParseFilter(filter!, snapshot, media, lenient, out var clause);
            if (error is not null)
            {
                return error;
            }

            filterClauses.Add(clause!);
        }

        var sortClauses = new List<SortClause>();
        foreach (var sort in sorts.Where(text => !string.IsNullOrEmpty(text)))
        {
            var error = ParseSort(sort!, snapshot, media, lenient, out var clause);
            if (error is not null)
            {
                return error;
            }

            sortClauses.Add(clause!);
        }

        var (skipCount, skipError) = ParseCount("skip", skip, 0);
        if (skipError is not null)
        {
            return skipError;
        }

        var (takeCount, takeError) = ParseCount("take", take, DefaultTake);
        if (takeError is not null)
        {
            return takeError;
        }

        if (takeCount > settings.MaxTake)
        {
            if (!lenient)
            {
                return new QueryError("take", "Invalid take", $"take={takeCount} is more than the most one page may hold ({settings.MaxTake}); page through with skip.");
            }

            takeCount = settings.MaxTake;
        }

        query = new ContentQuery(selector!, filterClauses, sortClauses, skipCount, takeCount);
        return null;
    }

    private static (FetchSelector? Selector, QueryError? Error) ParseFetch(string? fetch, bool lenient)
    {
        if (string.IsNullOrEmpty(fetch))
        {
            return (FetchSelector.All, null);
        }

        var match = FetchPattern().Match(fetch);
        if (!match.Success)
        {
            return (null, new QueryError("fetch", "Selector option not found", $"The attempted 'fetch' option does not exist: '{fetch}'. Use ancestors:, children: or descendants: followed by an id or a path."));
        }

        var target = match.Groups["target"].Value.Trim();
        if (target.Length == 0 && !lenient)
        {
            return (null, new QueryError("fetch", "Invalid fetch", $"'{fetch}' names no item; add an id or a path after the colon, such as children:/."));
        }

        var kind = match.Groups["kind"].Value switch
        {
            "ancestors" => FetchKind.Ancestors,
            "children" => FetchKind.Children,
            _ => FetchKind.Descendants,
        };
        return (new FetchSelector(kind, target), null);
    }

    private static QueryError? ParseFilter(string filter, ContentSnapshot snapshot, bool media, bool lenient, out FilterClause? clause)
    {
        clause = null;
        var match = FilterPattern().Match(filter);
        if (!match.Success)
        {
            return new QueryError("filter", "Filter option not found", $"One of the attempted 'filter' options does not exist: '{filter}'. Write a field, an operator (:, :!, >, >:, <, <:) and a value, such as contentType:newsArticle.");
        }

        var name = match.Groups["field"].Value;
        if (QueryFields.Find(name, snapshot, media) is not { } field)
        {
            return new QueryError("filter", "Filter option not found", $"One of the attempted 'filter' options does not exist: '{filter}'. '{name}' is neither a built-in field nor a property of any {(media ? "media" : "document")} type.");
        }

        var op = match.Groups["op"].Value switch
        {
            ":" => FilterOperator.Is,
            ":!" => FilterOperator.IsNot,
            ">" => FilterOperator.GreaterThan,
            ">:" => FilterOperator.GreaterThanOrEqual,
            "<" => FilterOperator.LessThan,
            _ => FilterOperator.LessThanOrEqual,
        };
        var rawValues = match.Groups["value"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var isRange = op is not (FilterOperator.Is or FilterOperator.IsNot);
        if (isRange && field.Kind is not (FieldKind.Number or FieldKind.Date) && !lenient)
        {
            return new QueryError("filter", "Invalid filter", $"'{filter}': {name} holds {field.Kind.ToString().ToLowerInvariant()} values, which cannot be compared with '{match.Groups["op"].Value}'; use ':' or ':!'.");
        }

        if (rawValues.Length == 0 && !lenient)
        {
            return new QueryError("filter", "Invalid filter", $"'{filter}' has no value after the operator.");
        }

        var values = new List<object>();
        foreach (var raw in rawValues)
        {
            if (ParseValue(field.Kind, raw) is { } value)
            {
                values.Add(value);
            }
            else if (!lenient)
            {
                return new QueryError("filter", "Invalid filter", $"'{filter}': '{raw}' is not a valid {Describe(field.Kind)} for {name}.");
            }
        }

        clause = new FilterClause(field, op, isRange && field.Kind is not (FieldKind.Number or FieldKind.Date) ? [] : values);
        return null;
    }

    private static QueryError? ParseSort(string sort, ContentSnapshot snapshot, bool media, bool lenient, out SortClause? clause)
    {
        clause = null;
        var match = SortPattern().Match(sort);
        var field = match.Success ? QueryFields.Find(match.Groups["field"].Value, snapshot, media) : null;
        if (field is null)
        {
            return new QueryError("sort", "Sort option not found", $"One of the attempted 'sort' options does not exist: '{sort}'. Write a field then :asc or :desc, such as updateDate:desc.");
        }

        var direction = match.Groups["direction"].Value;
        var ascending = direction.Equals("asc", StringComparison.OrdinalIgnoreCase);
        if (!ascending && !direction.Equals("desc", StringComparison.OrdinalIgnoreCase))
        {
            if (!lenient)
            {
                return new QueryError("sort", "Invalid sort", $"'{sort}': the direction must be asc or desc.");
            }

            ascending = direction.StartsWith("asc", StringComparison.OrdinalIgnoreCase);
        }

        clause = new SortClause(field, !ascending);
        return null;
    }

    /// <summary>A <c>skip</c> or <c>take</c> value: a whole number, 0 or more; <paramref name="fallback"/> when absent.</summary>
    internal static (int Value, QueryError? Error) ParseCount(string name, string? text, int fallback)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (fallback, null);
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return (0, new QueryError(name, $"Invalid {name}", $"{name}='{text}' is not a whole number."));
        }

        return value < 0
            ? (0, new QueryError(name, $"Invalid {name}", $"{name}={value} is negative; it must be 0 or more."))
            : (value, null);
    }

    private static object? ParseValue(FieldKind kind, string raw) => kind switch
    {
        FieldKind.Number => decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
        FieldKind.Date => DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null,
        FieldKind.Boolean => raw.ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        },
        FieldKind.Text or FieldKind.List => raw,
    };

    private static string Describe(FieldKind kind) => kind switch
    {
        FieldKind.Number => "number",
        FieldKind.Date => "date (such as 2019-08-01 or 2019-08-01T09:00:00Z)",
        FieldKind.Boolean => "true or false",
        FieldKind.Text or FieldKind.List => "text",
    };

    [GeneratedRegex("^(?<kind>ancestors|children|descendants):(?<target>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FetchPattern();

    [GeneratedRegex("^(?<field>[A-Za-z_][A-Za-z0-9_]*)(?<op>:!|>:|<:|:|>|<)(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FilterPattern();

    [GeneratedRegex("^(?<field>[A-Za-z_][A-Za-z0-9_]*):(?<direction>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SortPattern();
}
