using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;
using Worcs.LocalOffer.Search.Keeping;
using Worcs.LocalOffer.Search.Querying;

namespace Worcs.LocalOffer.Search.Site;

/// <summary>
/// Families' search over the content indexes: every word must match (in any form, a synonym or a close spelling),
/// falling back to any word when nothing has them all; filters, facets over all matches, snippets and "did you mean".
/// </summary>
public sealed class SiteSearch(SearchIndexes indexes) : ISiteSearch
{
    public Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // A bad request is the caller's to fix whatever state the index is in, so it is refused before the index is asked.
        var index = Validate(request);
        if (index.Health is IndexHealth.Missing or IndexHealth.Corrupt)
        {
            throw new SearchUnavailableException($"The {index.Name} is being built; try again in a few seconds.");
        }

        return Task.FromResult(Search(index, request));
    }

    private static SiteSearchResponse Search(SearchIndex index, SiteSearchRequest request)
    {
        var text = UserQueryText.Parse(request.Query);
        var fields = index.Searcher.TextFields();
        var builder = new ManagedQueryBuilder(index.Analyzers);
        using var lease = index.AcquireSearcher();
        var searcher = lease.Searcher;
        var filters = Filters(request);

        var query = Filtered(builder.Build(text, fields, requireAll: true, searcher.IndexReader), filters);
        var (top, facets) = Run(searcher, query, request);
        var relaxed = false;
        if (top.TotalHits == 0 && builder.Words(text).Count + text.Phrases.Count > 1)
        {
            query = Filtered(builder.Build(text, fields, requireAll: false, searcher.IndexReader), filters);
            (top, facets) = Run(searcher, query, request);
            relaxed = true;
        }

        var suggestion = new SpellingSuggester(index.Analyzers).Suggest(searcher.IndexReader, builder.Words(text), text.Phrases, fields);
        var terms = request.IncludeSnippets && !text.IsEmpty ? QueryTerms.From(searcher, query) : new QueryTerms(new HashSet<string>(), new HashSet<string>());
        var snippets = new SnippetBuilder(index.Analyzers);
        var hits = top.ScoreDocs.Skip(request.Skip).Take(request.Take)
            .Select(hit => Hit(searcher, hit, terms, snippets, request.IncludeSnippets))
            .ToList();
        return new SiteSearchResponse(text.Text, top.TotalHits, hits, facets, suggestion, relaxed);
    }

    private static (TopDocs Top, SiteSearchFacets Facets) Run(IndexSearcher searcher, Query query, SiteSearchRequest request)
    {
        var wanted = Math.Max(1, request.Skip + request.Take);
        var sort = SortOf(request.Sort);
        ITopDocsCollector top = sort is null
            ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
            : TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var facets = request.IncludeFacets ? new FacetCollector() : null;
        searcher.Search(query, facets is null ? (ICollector)top : MultiCollector.Wrap((ICollector)top, facets));
        return (top.GetTopDocs(), facets?.Result() ?? SiteSearchFacets.Empty);
    }

    private static SiteSearchHit Hit(IndexSearcher searcher, ScoreDoc hit, QueryTerms terms, SnippetBuilder snippets, bool includeSnippets)
    {
        var document = searcher.Doc(hit.Doc);
        string? Get(string field) => document.Get(field, CultureInfo.InvariantCulture);
        string[] All(string field) => document.GetValues(field, CultureInfo.InvariantCulture) ?? [];

        string? snippet = null;
        string? foundIn = null;
        var matchedFiles = new List<string>();
        if (includeSnippets)
        {
            var pageTexts = new[] { ContentFields.Summary, ContentFields.Body, ContentFields.Title, ContentFields.NodeName }
                .SelectMany(All).Where(value => value.Length > 0).ToList();
            var best = pageTexts.Select(value => (Text: value, Matches: snippets.Matches(value, terms)))
                .OrderByDescending(candidate => candidate.Matches.Select(match => match.Word).Distinct().Count())
                .FirstOrDefault();
            var attachments = All(ContentFields.AttachmentText);
            var names = All(ContentFields.AttachmentName);
            (string Text, List<(int Start, int End, string Word)> Matches)? bestFile = null;
            for (var i = 0; i < attachments.Length; i++)
            {
                var matches = snippets.Matches(attachments[i], terms);
                if (matches.Count > 0)
                {
                    var name = i < names.Length ? names[i] : "";
                    matchedFiles.Add(name);
                    if (bestFile is null || matches.Count > bestFile.Value.Matches.Count)
                    {
                        bestFile = (attachments[i], matches);
                        foundIn = name;
                    }
                }
            }

            if (best.Matches is { Count: > 0 } || bestFile is null)
            {
                foundIn = best.Matches is { Count: > 0 } ? null : foundIn;
                snippet = best.Text is null ? null : SnippetBuilder.Build(best.Text, best.Matches ?? []);
            }
            else
            {
                snippet = SnippetBuilder.Build(bestFile.Value.Text, bestFile.Value.Matches);
            }
        }

        var year = int.TryParse(Get(ContentFields.Year), CultureInfo.InvariantCulture, out var parsedYear) ? parsedYear : (int?)null;
        DateTime? updated = long.TryParse(Get(ContentFields.UpdateDate), CultureInfo.InvariantCulture, out var ticks) ? new DateTime(ticks, DateTimeKind.Utc) : null;
        return new SiteSearchHit(
            Guid.TryParse(Get(IndexFieldNames.Id), out var key) ? key : Guid.Empty,
            Get(ContentFields.NodeName) ?? "",
            Get(IndexFieldNames.ItemType) ?? "",
            Get(IndexFieldNames.Category) ?? "",
            Get(ContentFields.UrlSegment),
            Get(ContentFields.Path),
            float.IsNaN(hit.Score) ? 0 : hit.Score,
            snippet,
            foundIn,
            matchedFiles,
            year,
            updated,
            All(ContentFields.Tags));
    }

    private static List<Query> Filters(SiteSearchRequest request)
    {
        var filters = new List<Query>();
        if (request.Category is not "all")
        {
            filters.Add(new TermQuery(new Term(IndexFieldNames.Category, request.Category)));
        }

        if (request.ContentTypes.Count > 0)
        {
            filters.Add(AnyOf(IndexFieldNames.ItemType, request.ContentTypes));
        }

        if (request.Tags.Count > 0)
        {
            filters.Add(AnyOf(ContentFields.Tags, request.Tags.Select(tag => tag.Trim().ToLowerInvariant())));
        }

        if (request.Year is { } year)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(ContentFields.Year, year, year, true, true));
        }

        return filters;
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var query = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return query;
    }

    private static Query Filtered(Query query, List<Query> filters)
    {
        if (filters.Count == 0)
        {
            return query;
        }

        var filtered = new BooleanQuery { { query, Occur.MUST } };
        filters.ForEach(filter => filtered.Add(QueryFilters.Filter(filter), Occur.MUST));
        return filtered;
    }

    private static Sort? SortOf(SiteSearchSort sort) => sort switch
    {
        SiteSearchSort.Relevance => null,
        SiteSearchSort.NameAscending => new Sort(new SortField(IndexFieldNames.SortPrefix + ContentFields.NodeName, SortFieldType.STRING)),
        SiteSearchSort.NameDescending => new Sort(new SortField(IndexFieldNames.SortPrefix + ContentFields.NodeName, SortFieldType.STRING, true)),
        SiteSearchSort.UpdateDateDescending => new Sort(new SortField(ContentFields.UpdateDate, SortFieldType.INT64, true)),
        SiteSearchSort.UpdateDateAscending => new Sort(new SortField(ContentFields.UpdateDate, SortFieldType.INT64)),
        SiteSearchSort.PublishDateDescending => new Sort(new SortField(ContentFields.PublishDate, SortFieldType.INT64, true)),
        SiteSearchSort.PublishDateAscending => new Sort(new SortField(ContentFields.PublishDate, SortFieldType.INT64)),
    };

    private SearchIndex Validate(SiteSearchRequest request)
    {
        if (request.Skip < 0)
        {
            throw new SearchRequestException("skip", $"skip must be 0 or more; it was {request.Skip}.");
        }

        if (request.Take is < 0 or > SiteSearchRequest.MaxTake)
        {
            throw new SearchRequestException("take", $"take must be between 0 and {SiteSearchRequest.MaxTake}; it was {request.Take}.");
        }

        if (request.Skip > 10_000)
        {
            throw new SearchRequestException("skip", $"skip must be at most 10000; it was {request.Skip}. Narrow the search with filters instead.");
        }

        if (request.Category is not ("content" or "media" or "all"))
        {
            throw new SearchRequestException("category", $"category must be 'content', 'media' or 'all'; it was '{request.Category}'.");
        }

        if (!Enum.IsDefined(request.Sort))
        {
            throw new SearchRequestException("sort", $"sort {(int)request.Sort} is not a known sort order.");
        }

        return indexes.TryGetIndex(request.IndexName, out var index)
            ? index
            : throw new SearchRequestException("index", $"There is no search index named '{request.IndexName}'; use '{SearchIndexes.ExternalIndexName}' or '{SearchIndexes.InternalIndexName}'.");
    }
}
