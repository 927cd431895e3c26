using System.Globalization;
using Worcs.LocalOffer.DeliveryApi.FullText;
using Worcs.LocalOffer.Search.Indexing;
using Worcs.LocalOffer.Search.Keeping;
using Worcs.LocalOffer.Search.Site;

namespace Worcs.LocalOffer.Search.Http;

/// <summary>
/// Answers the Delivery API's <c>q=</c> from the <c>ExternalIndex</c> (published content only). Until that index has
/// been built once (a new site, or one whose index was lost), it answers "unavailable" rather than an empty page.
/// </summary>
internal sealed class DeliveryFullTextSearch(ISiteSearch search, SearchIndexes indexes) : IFullTextSearch
{
    public async Task<FullTextResults> SearchAsync(FullTextQuery query, CancellationToken cancellationToken)
    {
        if (indexes.External.Health is IndexHealth.Missing or IndexHealth.Corrupt)
        {
            throw new FullTextUnavailableException("The search index is being built; try again in a few seconds.");
        }

        SiteSearchResponse response;
        try
        {
            response = await search.SearchAsync(
                new SiteSearchRequest
                {
                    Query = query.Text,
                    ContentTypes = query.ContentTypes,
                    Tags = query.Tags,
                    Year = query.Year,
                    Sort = SiteSearchSortParser.Parse(query.Sort),
                    Skip = query.Skip,
                    Take = query.Take,
                },
                cancellationToken);
        }
        catch (SearchRequestException exception)
        {
            throw new FullTextQueryException(exception.Parameter.Length > 0 ? exception.Parameter : "q", exception.Message);
        }

        return new FullTextResults(
            response.Total,
            [.. response.Items.Select(item => new FullTextHit(item.Key, item.Snippet, FoundIn(item)))],
            new FullTextFacets(
                Facet(response.Facets.ContentTypes),
                Facet(response.Facets.Years),
                Facet(response.Facets.Tags)),
            response.DidYouMean,
            response.Relaxed);
    }

    private static IReadOnlyList<string> FoundIn(SiteSearchHit item)
    {
        if (item.MatchedFiles.Count > 0)
        {
            return item.MatchedFiles;
        }

        return item.FoundIn is { } file ? [file] : [];
    }

    private static List<FullTextFacetValue> Facet(IReadOnlyList<FacetValue> values) =>
        [.. values.Select(value => new FullTextFacetValue(value.Value.ToString(CultureInfo.InvariantCulture), value.Count))];
}
