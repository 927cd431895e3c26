using System.Globalization;
using Worcs.LocalOffer.DeliveryApi.FullText;
using Worcs.LocalOffer.Search.Site;

namespace Worcs.LocalOffer.Host.Composition;

/// <summary>
/// Answers the Delivery API's <c>q=</c> with site search over the <c>ExternalIndex</c> (published content only). It
/// lives in the composition root so that neither module knows the other: the Delivery API owns
/// <see cref="IFullTextSearch"/>, Search owns <see cref="ISiteSearch"/>, and only this class translates between them.
/// </summary>
internal sealed class SiteSearchForDeliveryApi(ISiteSearch search) : IFullTextSearch
{
    public async Task<FullTextResults> SearchAsync(FullTextQuery query, CancellationToken cancellationToken)
    {
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
        catch (SearchUnavailableException exception)
        {
            throw new FullTextUnavailableException(exception.Message, exception);
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
