using Worcs.LocalOffer.DeliveryApi.FullText;
using Worcs.LocalOffer.Host.Composition;
using Worcs.LocalOffer.Search.Site;

namespace Worcs.LocalOffer.Host.Tests.Composition;

/// <summary>The adapter turns search's own answers and refusals into the Delivery API's.</summary>
[TestFixture]
public sealed class SiteSearchForDeliveryApiTests
{
    private static readonly FullTextQuery Query = new("ehcp review", ["newsArticle"], ["send"], 2024, "updateDate:desc", 10, 5);

    [Test]
    public async Task The_query_reaches_search_and_hits_facets_and_suggestion_come_back()
    {
        var key = Guid.NewGuid();
        var search = new AnsweringSearch(new SiteSearchResponse(
            "ehcp review",
            1,
            [new SiteSearchHit(key, "EHCP review", "newsArticle", "content", "ehcp-review", "/news/ehcp-review/", 1.5f, "An <mark>EHCP</mark> review", "plan.pdf", ["plan.pdf"], 2024, null, ["send"])],
            new SiteSearchFacets([new FacetValue("newsArticle", 1)], [new FacetValue("2024", 1)], []),
            "ehcp reviews",
            true));

        var results = await new SiteSearchForDeliveryApi(search).SearchAsync(Query, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(search.Received!.Query, Is.EqualTo("ehcp review"));
            Assert.That(search.Received.ContentTypes, Is.EqualTo(new[] { "newsArticle" }));
            Assert.That(search.Received.Tags, Is.EqualTo(new[] { "send" }));
            Assert.That((search.Received.Year, search.Received.Sort, search.Received.Skip, search.Received.Take), Is.EqualTo((2024, SiteSearchSort.UpdateDateDescending, 10, 5)));
            Assert.That(search.Received.IndexName, Is.EqualTo("ExternalIndex"));
            Assert.That(results.Total, Is.EqualTo(1));
            Assert.That(results.Hits.Single().Key, Is.EqualTo(key));
            Assert.That(results.Hits.Single().FoundIn, Is.EqualTo(new[] { "plan.pdf" }));
            Assert.That(results.Hits.Single().Snippet, Is.EqualTo("An <mark>EHCP</mark> review"));
            Assert.That(results.Facets.Years.Single().Value, Is.EqualTo("2024"));
            Assert.That(results.DidYouMean, Is.EqualTo("ehcp reviews"));
            Assert.That(results.Relaxed, Is.True);
        }
    }

    [Test]
    public void An_index_not_built_yet_is_unavailable_and_a_bad_parameter_is_named()
    {
        var unavailable = new SiteSearchForDeliveryApi(new ThrowingSearch(new SearchUnavailableException("The ExternalIndex is being built.")));
        var invalid = new SiteSearchForDeliveryApi(new ThrowingSearch(new SearchRequestException("take", "take must be between 0 and 100; it was 500.")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(async () => await unavailable.SearchAsync(Query, CancellationToken.None), Throws.InstanceOf<FullTextUnavailableException>().With.Message.EqualTo("The ExternalIndex is being built."));
            Assert.That(async () => await invalid.SearchAsync(Query, CancellationToken.None), Throws.InstanceOf<FullTextQueryException>().With.Property("Parameter").EqualTo("take"));
        }
    }

    private sealed class AnsweringSearch(SiteSearchResponse response) : ISiteSearch
    {
        public SiteSearchRequest? Received { get; private set; }

        public Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default)
        {
            Received = request;
            return Task.FromResult(response);
        }
    }

    private sealed class ThrowingSearch(Exception exception) : ISiteSearch
    {
        public Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default) => Task.FromException<SiteSearchResponse>(exception);
    }
}
