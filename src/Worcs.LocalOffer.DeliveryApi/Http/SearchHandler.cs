using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Configuration;
using Worcs.LocalOffer.DeliveryApi.FullText;
using Worcs.LocalOffer.DeliveryApi.Query;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>
/// <c>GET /content?q=</c>: asks the registered <see cref="IFullTextSearch"/> for hits, then renders each one from the
/// request's snapshot under the same access rules as every other content answer. A hit the snapshot does not deliver
/// (a hidden type, outside the Start-Item, or not yet removed from the index) is left out of the page and the total.
/// </summary>
internal sealed class SearchHandler(
    RequestGate gate,
    DeliveryRenderer renderer,
    CachingHeaders caching,
    IOptions<DeliveryApiExtensionSettings> options,
    IServiceProvider services)
{
    private const string RetryAfterSeconds = "5";
    private readonly DeliveryApiExtensionSettings _settings = options.Value;
    private readonly IFullTextSearch? _search = services.GetService<IFullTextSearch>();

    public async Task<IResult> SearchAsync(HttpContext http, string q, string? fetch, StringValues filter, StringValues sort, string? skip, string? take, string? expand, string? fields)
    {
        var (request, refusal) = await gate.OpenAsync(http, media: false);
        if (request is null)
        {
            return refusal!;
        }

        if (_search is null)
        {
            return Problems.BadRequest(new QueryError("q", "Search not available", "Full-text search is not set up on this site; leave out q."));
        }

        var snapshot = request.Snapshot;
        if (FullTextRequestParser.TryParse(q, fetch, filter, sort, skip, take, snapshot, renderer.Options.AllowedDocumentType, out var query, out var matchesNothing) is { } queryError)
        {
            return Problems.BadRequest(queryError);
        }

        if (SelectionParameters.TryParse(expand, fields, _settings, out var expandSelection, out var fieldsSelection) is { } selectionError)
        {
            return Problems.BadRequest(selectionError);
        }

        FullTextResults results;
        try
        {
            results = matchesNothing
                ? new FullTextResults(0, [], new FullTextFacets([], [], []), null, false)
                : await _search.SearchAsync(query!, http.RequestAborted);
        }
        catch (FullTextQueryException exception)
        {
            return Problems.BadRequest(new QueryError(exception.Parameter, $"Invalid {exception.Parameter}", exception.Message));
        }
        catch (FullTextUnavailableException exception)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            return Problems.Unavailable(exception.Message);
        }

        var items = new List<(CachedNode, FullTextHit)>(results.Hits.Count);
        foreach (var hit in results.Hits)
        {
            if (snapshot.Documents.Find(hit.Key) is { } node && renderer.IsDeliverable(node) && UnderStartItem(node, request.StartItem))
            {
                items.Add((node, hit));
            }
        }

        var total = Math.Max(0, results.Total - (results.Hits.Count - items.Count));
        return caching.Send(http, request, SearchPageWriter.Write(renderer, snapshot, total, items, results, expandSelection, fieldsSelection, request.Now), media: false);
    }

    private static bool UnderStartItem(CachedNode node, CachedNode? startItem) =>
        startItem is null || node.Key == startItem.Key || TreePath.IsInside(node.Node.Path, startItem.Node.Path);
}
