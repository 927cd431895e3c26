using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using Worcs.LocalOffer.ContentModel.Derived;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Configuration;

namespace Worcs.LocalOffer.DeliveryApi.Query;

/// <summary>
/// Parses <c>fetch</c>, <c>filter</c>, <c>sort</c>, <c>skip</c> and <c>take</c> of <c>/content</c>. Option names match
/// case-insensitively and unknown options are refused, as in Umbraco. Input Umbraco answers with 200 gets 200 with the
/// same items; input Umbraco silently misreads (a date that is not a date, <c>ASC</c>, which Umbraco sorts descending)
/// is a 400 unless lenient parsing is on, in which case it is read as Umbraco reads it.
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
        DerivedProperties derived,
        DeliveryApiExtensionSettings settings,
        out ContentQuery? query)
    {
        query = null;
        var lenient = settings.LenientQueryParsing;
        var (selector, fetchError) = ParseFetch(fetch);
        if (fetchError is not null)
        {
            return fetchError;
        }

        var filterClauses = new List<FilterClause>();
        foreach (var filter in filters.Where(text => !string.IsNullOrEmpty(text)))
        {
            if (ParseFilter(filter!, snapshot, derived, lenient, out var clause) is { } error)
            {
                return error;
            }

            filterClauses.Add(clause!);
        }

        var sortClauses = new List<SortClause>();
        foreach (var sort in sorts.Where(text => !string.IsNullOrEmpty(text)))
        {
            var field = SortPattern().Match(sort!) is { Success: true } match ? QueryFields.Find(match.Groups["field"].Value, snapshot, media: false, derived) : null;
            if (field is null)
            {
                return SortNotFound(sort!, "Write a field then :asc or :desc, such as updateDate:desc.");
            }

            if (SortDirection.TryParse(sort!, lenient, out var descending) is { } error)
            {
                return error;
            }

            sortClauses.Add(new SortClause(field, descending));
        }

        if (ParsePage(skip, take, out var skipCount, out var takeCount) is { } pageError)
        {
            return pageError;
        }

        query = new ContentQuery(selector!, filterClauses, sortClauses, skipCount, takeCount);
        return null;
    }

    /// <summary><c>skip</c> (default 0) and <c>take</c> (default 10): whole numbers, 0 or more, with no upper limit, as in Umbraco.</summary>
    public static QueryError? ParsePage(string? skip, string? take, out int skipCount, out int takeCount)
    {
        (skipCount, var skipError) = ParseCount("skip", skip, 0);
        (takeCount, var takeError) = ParseCount("take", take, DefaultTake);
        return skipError ?? takeError;
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
            return (0, new QueryError(name, $"Invalid {name}", $"{name}='{text}' is not a whole number (at most {int.MaxValue})."));
        }

        return value < 0
            ? (0, new QueryError(name, $"Invalid {name}", $"{name}={value} is negative; it must be 0 or more."))
            : (value, null);
    }

    internal static QueryError SortNotFound(string sort, string hint) =>
        new("sort", "Sort option not found", $"One of the attempted 'sort' options does not exist: '{sort}'. {hint}");

    internal static QueryError FilterNotFound(string filter, string hint) =>
        new("filter", "Filter option not found", $"One of the attempted 'filter' options does not exist: '{filter}'. {hint}");

    /// <summary>An empty target (<c>children:</c>) names no item, so it selects nothing, as in Umbraco.</summary>
    private static (FetchSelector? Selector, QueryError? Error) ParseFetch(string? fetch)
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

        var kind = match.Groups["kind"].Value.ToLowerInvariant() switch
        {
            "ancestors" => FetchKind.Ancestors,
            "children" => FetchKind.Children,
            _ => FetchKind.Descendants,
        };
        return (new FetchSelector(kind, match.Groups["target"].Value.Trim()), null);
    }

    private static QueryError? ParseFilter(string filter, ContentSnapshot snapshot, DerivedProperties derived, bool lenient, out FilterClause? clause)
    {
        clause = null;
        var match = FilterPattern().Match(filter);
        var name = match.Groups["field"].Value;
        var field = match.Success ? QueryFields.Find(name, snapshot, media: false, derived) : null;
        if (field is null || field.SortOnly)
        {
            return FilterNotFound(filter, match.Success
                ? $"'{name}' is neither a built-in field nor a property of any document type."
                : "Write a field, an operator (:, :!, >, >:, <, <:) and a value, such as contentType:newsArticle.");
        }

        var opText = match.Groups["op"].Value;
        var op = FilterOperators.Parse(opText);
        var isRange = op is not (FilterOperator.Is or FilterOperator.IsNot);
        var comparable = field.Kind is FieldKind.Number or FieldKind.Date;
        if (isRange && !comparable)
        {
            // Umbraco has no handler for a range on text (name>abc is not "name:"), so it refuses it too.
            return FilterNotFound(filter, $"{field.Name} holds {field.Kind.ToString().ToLowerInvariant()} values, which cannot be compared with '{opText}'; use ':' or ':!'.");
        }

        var values = new List<object>();
        foreach (var raw in match.Groups["value"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (FilterValues.Parse(field.Kind, raw) is { } value)
            {
                values.Add(value);
            }
            else if (!lenient)
            {
                return new QueryError("filter", "Invalid filter", $"'{filter}': '{raw}' is not a valid {FilterValues.Describe(field.Kind)} for {field.Name}.");
            }
        }

        clause = new FilterClause(field, op, values);
        return null;
    }

    [GeneratedRegex("^(?<kind>ancestors|children|descendants):(?<target>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FetchPattern();

    [GeneratedRegex("^(?<field>[A-Za-z_][A-Za-z0-9_]*)(?<op>:!|>:|<:|:|>|<)(?<value>.*)$", RegexOptions.CultureInvariant)]
    internal static partial Regex FilterPattern();

    [GeneratedRegex("^(?<field>[A-Za-z_][A-Za-z0-9_]*):(?<direction>.*)$", RegexOptions.CultureInvariant)]
    internal static partial Regex SortPattern();
}
