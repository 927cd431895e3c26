namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// One snapshot's views by culture, as Umbraco's variation context picks them: no culture asked for gives the default
/// language's view; a language (matched ignoring case) gives its own; any other culture gives a view without
/// culture-variant documents, which are published in no such culture (invariant documents are the same in every
/// view). When no document type varies by culture there is one view, whatever is asked for.
/// </summary>
public sealed class CultureViews
{
    private readonly Dictionary<string, ContentSnapshot> _byCulture;
    private readonly Lazy<ContentSnapshot>? _unknown;

    /// <summary>A single view serving every culture.</summary>
    internal CultureViews(ContentSnapshot only)
    {
        Default = only;
        _byCulture = new Dictionary<string, ContentSnapshot>(StringComparer.OrdinalIgnoreCase);
    }

    internal CultureViews(ContentSnapshot @default, Dictionary<string, ContentSnapshot> byCulture, Lazy<ContentSnapshot> unknown)
    {
        Default = @default;
        _byCulture = byCulture;
        _unknown = unknown;
    }

    public ContentSnapshot Default { get; }

    /// <summary>True when one view serves every culture, so the requested culture need not be read.</summary>
    public bool IsSingle => _unknown is null;

    /// <summary>The views of the site's languages (none when there is a single view).</summary>
    public IEnumerable<ContentSnapshot> Languages => _byCulture.Values;

    /// <summary>The view for a requested culture; null means the default language.</summary>
    public ContentSnapshot For(string? culture) =>
        culture is null ? Default
        : _byCulture.TryGetValue(culture, out var view) ? view
        : _unknown?.Value ?? Default;
}
