namespace Worcs.LocalOffer.DeliveryApi.OpenApi;

/// <summary>Descriptions of the query parameters whose syntax differs between content and media.</summary>
internal static class OpenApiParameterText
{
    public const string Search =
        "Extension: full-text search of published content. Any text is accepted and read as plain text (never a 400); an empty q lists everything with facets. " +
        "With q, filter takes contentType:a,b (or contentType:!a), tag:a,b and year:2019; sort takes relevance (the default), name, updateDate or publishDate with :asc or :desc; take is at most 100; fetch is refused. " +
        "The page adds facets, didYouMean and relaxed, and each item a search member with snippet and foundIn. " +
        "While a new site's first search index is being built, a request with q answers 503 with Retry-After.";

    public static string Fetch(bool media) => media
        ? "`children:`, `descendants:` or `ancestors:` followed by `/`, a key or a path of names. Without it: all media."
        : "`ancestors:`, `children:` or `descendants:` followed by a key or a route path. Without it: all content (under the Start-Item, if given).";

    public static string Filter(bool media) => media
        ? "`mediaType:alias`, `name:text`, `createDate>2019-01-01`, or any media type property; repeat to AND, comma-separate values to OR, `:!` negates."
        : "`contentType:alias`, `name:text`, `createDate>2019-01-01`, `updateDate<:2020-01-01`, or any document type property (such as `closingDate>2019-08-01`); repeat to AND, comma-separate values to OR, `:!` negates.";

    public static string Sort(bool media) => media
        ? "`name`, `createDate`, `updateDate`, `sortOrder`, `level` or any media type property, then `:asc` or `:desc`; repeat to sort by several."
        : "`name`, `createDate`, `updateDate`, `level`, `sortOrder` or any document type property (such as `closingDate:asc`), then `:asc` or `:desc`; repeat to sort by several.";
}
